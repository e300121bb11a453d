// Datelines, the publisher's credit, facet labels and aliases across articles, through
// news-index and news-search on wire stories this test writes.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

// Three Reuters stories, each opening with a dateline and the agency's credit, naming the same
// companies and country in different forms.
constexpr const char* kStories[] = {
    R"({"id": "w1", "source": "Reuters", "title": "Fed chief sees slower growth", "body": "WASHINGTON (Reuters) - Federal Reserve Chairman Ben Bernanke said on Tuesday that the United States economy would grow more slowly this year. International Business Machines Corp and General Motors Corp said their sales in the United States fell. Standard & Poor's cut its rating on General Motors Corp, a spokesman told Reuters. The U.S. Treasury sold bonds."})",
    R"({"id": "w2", "source": "Reuters", "title": "Bernanke warns on housing", "body": "NEW YORK/LONDON (Reuters) - Federal Reserve Chairman Ben Bernanke told lawmakers in Washington that the U.S. housing market was weak. IBM and GM shares fell. S&P said the Treasury would borrow more. Nestle SA said sales in the U.S. rose."})",
    R"({"id": "w3", "source": "Reuters", "title": "Nestle sales rise", "body": "ZURICH (Reuters) - Nestle, the world's biggest food group, said on Thursday that sales rose in Europe and in the United States, helped by coffee."})",
};

class EntityKeysTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    {
      std::ofstream f(*dir_ / "wire.jsonl");
      for (const char* s : kStories) f << s << "\n";
    }
    const auto r = run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(*dir_ / "db") +
                               " " + shell_quote(*dir_ / "wire.jsonl"));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static nlohmann::json search(const std::string& args) {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --json --no-collapse --db " +
                               shell_quote(*dir_ / "db") + " " + args);
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  static std::set<std::string> ids(const std::string& query) {
    std::set<std::string> out;
    const auto j =
        search(shell_quote(query));  // held: a range-for over a temporary's member dangles
    for (const auto& h : j["hits"]) out.insert(h["id"].get<std::string>());
    return out;
  }
  // label -> count of the facet `field` over every article matching `query`.
  static std::map<std::string, int> facet(const std::string& field, const std::string& query) {
    std::map<std::string, int> out;
    const auto j = search("--facets " + field + ":100 " + shell_quote(query));
    for (const auto& f : j["facets"])
      for (const auto& v : f["values"]) out[v["label"].get<std::string>()] = v["count"].get<int>();
    return out;
  }
  static testing::TempDir* dir_;
};
testing::TempDir* EntityKeysTest::dir_ = nullptr;

using Ids = std::set<std::string>;

TEST_F(EntityKeysTest, DatelinesAreFoundByTheirOwnFieldNotAsPlacesOfTheStory) {
  EXPECT_EQ(ids("dateline:washington"), Ids{"w1"});
  EXPECT_EQ(ids("dateline:London"), Ids{"w2"});
  EXPECT_EQ(ids("dateline:\"new york\""), Ids{"w2"});
  EXPECT_EQ(ids("dateline:zurich"), Ids{"w3"});
  // Washington is a place of the second story (its text names it), not of the first.
  EXPECT_EQ(ids("place:washington"), Ids{"w2"});
  EXPECT_TRUE(ids("place:london").empty());
  EXPECT_TRUE(ids("place:zurich").empty());
  for (const auto& [label, count] : facet("place", "")) {
    EXPECT_NE(label, "WASHINGTON");
    EXPECT_NE(label, "ZURICH");
    EXPECT_NE(label, "NEW YORK/LONDON");
  }
}

TEST_F(EntityKeysTest, ThePublishersCreditIsNoFacetValueButItsMentionIsFindable) {
  const auto orgs = facet("org", "person:bernanke");
  EXPECT_EQ(orgs.count("Reuters"), 0u);
  EXPECT_EQ(orgs.count("REUTERS"), 0u);
  // "a spokesman told Reuters" names the agency in the story: org: still finds it.
  EXPECT_EQ(ids("org:reuters"), Ids{"w1"});
}

TEST_F(EntityKeysTest, AnAliasFilterFindsEveryForm) {
  const Ids both{"w1", "w2"};
  EXPECT_EQ(ids("org:IBM"), both);
  EXPECT_EQ(ids("org:\"International Business Machines\""), both);
  EXPECT_EQ(ids("org:GM"), both);
  EXPECT_EQ(ids("org:\"General Motors Corp.\""), both);
  EXPECT_EQ(ids("org:\"Standard & Poor's\""), both);
  EXPECT_EQ(ids("org:S&P"), both);
  EXPECT_EQ(ids("org:\"U.S. Treasury\""), both);
  EXPECT_EQ(ids("org:Treasury"), both);
  EXPECT_EQ(ids("org:\"Nestle SA\""), (Ids{"w2", "w3"}));
  EXPECT_EQ(ids("org:Nestlé"), (Ids{"w2", "w3"}));
  const Ids all{"w1", "w2", "w3"};
  EXPECT_EQ(ids("place:US"), all);
  EXPECT_EQ(ids("place:\"the United States of America\""), all);
}

TEST_F(EntityKeysTest, EachEntityIsOneFacetValueLabelledWithItsFullForm) {
  const auto orgs = facet("org", "");
  EXPECT_EQ(orgs.at("International Business Machines Corp"), 2);
  EXPECT_EQ(orgs.at("General Motors Corp"), 2);
  EXPECT_EQ(orgs.at("Standard & Poor's"), 2);
  EXPECT_EQ(orgs.at("U.S. Treasury"), 2);
  for (const char* alias : {"IBM", "GM", "S&P", "Standard & Poor", "Treasury"})
    EXPECT_EQ(orgs.count(alias), 0u) << alias;
  const auto places = facet("place", "");
  EXPECT_EQ(places.at("United States"), 3);
  EXPECT_EQ(places.count("U.S."), 0u);
}

}  // namespace
}  // namespace newsarchive
