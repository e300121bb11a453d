// Entity and date facets through the command line, on sample_data/.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

class FacetsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    const auto r =
        run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(*dir_ / "db") + " " +
                    shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data"));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static nlohmann::json search(const std::string& args) {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --json --db " +
                               shell_quote(*dir_ / "db") + " " + args);
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  static std::set<std::string> labels(const nlohmann::json& j, const std::string& field) {
    std::set<std::string> out;
    for (const auto& f : j["facets"])
      if (f["field"] == field)
        for (const auto& v : f["values"]) out.insert(v["label"].get<std::string>());
    return out;
  }
  static testing::TempDir* dir_;
};
testing::TempDir* FacetsTest::dir_ = nullptr;

TEST_F(FacetsTest, TheIranArticleCarriesItsPeopleOrganisationsAndPlaces) {
  const auto j = search("--facets person:50,org:50,place:50 Khamenei");
  ASSERT_EQ(j["hits"].size(), 1u);
  const auto people = labels(j, "person"), orgs = labels(j, "org"), places = labels(j, "place");
  for (const char* p : {"Ali Khamenei", "Ismail Haniyeh", "Mohammed Deif", "Khaled Meshaal",
                        "Dennis Ross", "Mohanad Hage Ali"})
    EXPECT_TRUE(people.count(p)) << p;
  for (const char* o : {"Hamas", "Hezbollah", "Reuters", "Carnegie Middle East Center",
                        "Washington Institute for Near East Policy"})
    EXPECT_TRUE(orgs.count(o)) << o;
  for (const char* p :
       {"Iran", "Tehran", "Israel", "Gaza", "Lebanon", "Yemen", "Iraq", "Syria", "Beirut"})
    EXPECT_TRUE(places.count(p)) << p;
  // Short forms resolve to the full name; titles are not part of it; no common word is a facet.
  for (const char* junk : {"Khamenei", "Haniyeh", "Ayatollah Ali Khamenei", "The", "Its",
                           "November", "Oct", "Nonetheless", "Instead"}) {
    EXPECT_FALSE(people.count(junk) || orgs.count(junk) || places.count(junk)) << junk;
  }
}

TEST_F(FacetsTest, EntityFiltersCombineWithWordsAndEachOther) {
  EXPECT_EQ(search("'person:\"Ali Khamenei\"'")["hits"].size(), 1u);
  EXPECT_EQ(search("person:khamenei")["hits"].size(), 1u);
  EXPECT_EQ(search("'org:Hamas place:Tehran person:Haniyeh'")["hits"].size(), 1u);
  EXPECT_EQ(search("'war org:Hezbollah'")["hits"].size(), 1u);
  EXPECT_EQ(search("'bridge org:Hezbollah'")["hits"].size(), 0u);
}

TEST_F(FacetsTest, DateHistogramCountsEveryMatchAndUndatedApart) {
  const auto j = search("--facets date --limit 1 ''");
  std::uint64_t total = 0;
  for (const auto& f : j["facets"]) {
    ASSERT_EQ(f["field"], "date");
    for (const auto& v : f["values"]) total += v["count"].get<std::uint64_t>();
    total += f["undated"].get<std::uint64_t>();
    EXPECT_GE(f["undated"].get<int>(), 1);  // the Iran article
  }
  // Facets count every matching article; the total counts near-duplicate clusters once.
  EXPECT_EQ(total, j["total"]["articles"].get<std::uint64_t>());
  EXPECT_EQ(j["total"]["lower_bound"], j["total"]["upper_bound"]);
}

TEST_F(FacetsTest, SinceAndUntilBoundThePublicationDate) {
  const auto j = search("--since 2021-04 --until 2022 --sort oldest ''");
  ASSERT_FALSE(j["hits"].empty());
  for (const auto& h : j["hits"]) {
    const auto d = h["date"].get<std::string>();
    EXPECT_GE(d, "2021-04-01");
    EXPECT_LT(d, "2023-01-01");
  }
  const auto bad = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(*dir_ / "db") +
                               " --since 2021-14 storm");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("month must be 01 to 12"), std::string::npos) << bad.err;
}

TEST_F(FacetsTest, HumanOutputDrawsTheHistogram) {
  const auto r = run_command("NO_COLOR=1 " + std::string(NEWS_SEARCH) + " --db " +
                             shell_quote(*dir_ / "db") + " --facets date --ascii -n 0 ''");
  EXPECT_NE(r.out.find("Publication dates, by"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("#"), std::string::npos);
  EXPECT_NE(r.out.find("undated"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive
