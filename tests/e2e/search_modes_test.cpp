// news-search's suggestions, --like, --explain and output modes on sample_data/, with the real
// binaries; each output mode's schema as docs/json-output.md documents it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.h"

namespace newsarchive {
namespace {

using nlohmann::json;
using testing::run_command;
using testing::shell_quote;

const std::string kIranId = "h0b56defccdbd8131eb132a6b6b4bf2c7";

class SearchModesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    const auto ix = run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(db()) + " " +
                                shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data"));
    ASSERT_EQ(ix.status, 0) << ix.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string db() { return *dir_ / "db"; }
  static testing::CommandResult search(const std::string& args) {
    return run_command("NO_COLOR=1 " + std::string(NEWS_SEARCH) + " --db " + shell_quote(db()) +
                       " " + args);
  }
  static std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }
  static void expect_hit_schema(const json& h) {
    for (const char* k : {"rank", "score", "id", "title", "date", "source", "authors", "url",
                          "language", "snippet", "highlights"})
      EXPECT_TRUE(h.contains(k)) << k << " in " << h.dump();
    EXPECT_TRUE(h["rank"].is_number_unsigned());
    EXPECT_TRUE(h["score"].is_number());
    EXPECT_TRUE(h["id"].is_string());
    EXPECT_TRUE(h["authors"].is_array());
    EXPECT_TRUE(h["date"].is_string() || h["date"].is_null());
  }
  static testing::TempDir* dir_;
};
testing::TempDir* SearchModesTest::dir_ = nullptr;

TEST_F(SearchModesTest, AMisspeltNameSuggestsTheArchivesSpellingAndShowsItsMatches) {
  const auto r = search("Khameini");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("note: nothing matched 'Khameini'; showing matches for 'Khamenei'"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("· id " + kIranId), std::string::npos) << r.out;
  // Asked not to correct: nothing matches, the suggestion is still offered.
  const auto strict = search("--no-correct Khameini");
  EXPECT_EQ(strict.status, 1);
  EXPECT_NE(strict.out.find("note: did you mean: Khamenei"), std::string::npos) << strict.out;
  const auto j = json::parse(search("--json Khameini").out);
  EXPECT_EQ(j["suggestion"], "Khamenei");
  EXPECT_EQ(j["corrected"], true);
  EXPECT_EQ(j["query"], "Khameini");
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["id"], kIranId);
  // A correctly spelt query has no suggestion, even for words with near neighbours (bridge's).
  EXPECT_TRUE(json::parse(search("--json 'Khamenei OR bridge'").out)["suggestion"].is_null());
}

TEST_F(SearchModesTest, ScriptModesNeverSwitchToTheSuggestionButMentionItOnStderr) {
  const auto ids = search("--ids Khameini");
  EXPECT_EQ(ids.status, 1);
  EXPECT_EQ(ids.out, "");
  EXPECT_NE(ids.err.find("note: did you mean: Khamenei"), std::string::npos) << ids.err;
  const auto count = search("--count Khameini");
  EXPECT_EQ(count.out, "0\n");
}

TEST_F(SearchModesTest, MoreLikeThisListsOtherArticlesAndExplainShowsItsTerms) {
  const auto j = json::parse(search("--json --like courier-2024-0318-bridge").out);
  ASSERT_FALSE(j["hits"].empty());
  for (const auto& h : j["hits"]) EXPECT_NE(h["id"], "courier-2024-0318-bridge");
  ASSERT_FALSE(j["like_terms"].empty());
  for (const auto& t : j["like_terms"]) {
    EXPECT_TRUE(t["term"].is_string());
    EXPECT_TRUE(t["weight"].is_number());
  }
  const auto human = search("--explain -n 1 --like courier-2024-0318-bridge");
  EXPECT_EQ(human.status, 0) << human.err;
  EXPECT_NE(human.out.find("More like this, by the words: "), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("eastbrook"), std::string::npos) << human.out;
  const auto missing = search("--like no-such-id");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no article with this id"), std::string::npos) << missing.err;
}

TEST_F(SearchModesTest, ExplainShowsMatchedTermsAndWeightsInBothOutputs) {
  const auto human = search("--explain -n 1 'Khamenei Hamas'");
  EXPECT_NE(human.out.find("score "), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("khamenei "), std::string::npos) << human.out;
  const auto j = json::parse(search("--json --explain -n 1 'Khamenei Hamas'").out);
  ASSERT_EQ(j["hits"].size(), 1u);
  const auto& e = j["hits"][0]["explanation"];
  ASSERT_EQ(e["terms"].size(), 2u);
  double sum = e["other"].get<double>();
  for (const auto& t : e["terms"]) {
    for (const char* k : {"term", "field", "stemmed", "weight"}) EXPECT_TRUE(t.contains(k)) << k;
    sum += t["weight"].get<double>();
  }
  EXPECT_NEAR(sum, j["hits"][0]["score"].get<double>(), 1e-6);
  EXPECT_FALSE(json::parse(search("--json -n 1 Khamenei").out)["hits"][0].contains("explanation"));
}

TEST_F(SearchModesTest, FeedbackIsShownByExplainAndInJsonAndCanBeTurnedOff) {
  const std::string question = "'what did Iran tell the leader of Hamas about the war'";
  const auto j = json::parse(search("--json " + question).out);
  ASSERT_FALSE(j["feedback_terms"].empty()) << "a question of several words gets feedback";
  for (const auto& t : j["feedback_terms"]) {
    EXPECT_TRUE(t["term"].is_string());
    EXPECT_GT(t["weight"].get<double>(), 0);
  }
  EXPECT_TRUE(
      json::parse(search("--json --feedback off " + question).out)["feedback_terms"].empty());
  EXPECT_TRUE(json::parse(search("--json Khamenei").out)["feedback_terms"].empty());
  EXPECT_FALSE(json::parse(search("--json --feedback on Khamenei").out)["feedback_terms"].empty());
  const auto human = search("--explain -n 1 --feedback on Khamenei");
  EXPECT_EQ(human.status, 0) << human.err;
  EXPECT_NE(human.out.find("Relevance feedback added: "), std::string::npos) << human.out;
  const auto bad = search("--feedback sometimes Khamenei");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--feedback"), std::string::npos) << bad.err;
}

TEST_F(SearchModesTest, JsonHoldsTheDocumentedTopLevelFields) {
  const auto j = json::parse(search("--json bridge").out);
  for (const char* k : {"query", "total", "hits", "facets", "suggestion", "corrected", "like_terms",
                        "feedback_terms", "warnings"})
    EXPECT_TRUE(j.contains(k)) << k;
  ASSERT_FALSE(j["hits"].empty());
  expect_hit_schema(j["hits"][0]);
}

TEST_F(SearchModesTest, JsonLinesAreOneHitPerLineAndNothingElse) {
  const auto r = search("--jsonl 'storm OR harbour OR bridge' -n 3");
  EXPECT_EQ(r.status, 0) << r.err;
  const auto ls = lines(r.out);
  ASSERT_EQ(ls.size(), 3u) << r.out;
  std::size_t rank = 0;
  for (const auto& l : ls) {
    const auto h = json::parse(l);
    expect_hit_schema(h);
    EXPECT_EQ(h["rank"].get<std::size_t>(), ++rank);
  }
  EXPECT_EQ(search("--jsonl nothingmatchesthis").out, "");
}

// --all (docs/json-output.md, "Research tools"): the same hit lines, every result, ranks
// running on past a page, the same ranking as a page as large.
TEST_F(SearchModesTest, JsonLinesWithAllAreEveryHitInTheSameSchema) {
  const std::string query = "'storm OR harbour OR bridge OR rates OR prices'";
  const auto all = lines(search("--jsonl --all -n 2 " + query).out);
  const auto count = search("--count " + query).out;
  ASSERT_EQ(std::to_string(all.size()) + "\n", count);
  ASSERT_GT(all.size(), 2u);
  const auto page = lines(search("--jsonl -n 1000 " + query).out);
  ASSERT_EQ(page.size(), all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto h = json::parse(all[i]);
    expect_hit_schema(h);
    EXPECT_EQ(h["rank"].get<std::size_t>(), i + 1);
    EXPECT_EQ(h["id"], json::parse(page[i])["id"]);
  }
}

TEST_F(SearchModesTest, IdsAreTheSameRankingOnePerLine) {
  const auto jsonl = lines(search("--jsonl 'storm OR harbour' -n 5").out);
  const auto ids = lines(search("--ids 'storm OR harbour' -n 5").out);
  ASSERT_EQ(ids.size(), jsonl.size());
  for (std::size_t i = 0; i < ids.size(); ++i)
    EXPECT_EQ(ids[i], json::parse(jsonl[i])["id"].get<std::string>());
}

TEST_F(SearchModesTest, CountIsExactAndAlone) {
  const auto j = json::parse(search("--json --facets lang -n 0 'storm OR harbour'").out);
  ASSERT_EQ(j["total"]["lower_bound"], j["total"]["upper_bound"]);  // facets make totals exact
  const auto r = search("--count 'storm OR harbour'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, std::to_string(j["total"]["estimate"].get<std::uint64_t>()) + "\n");
  const auto none = search("--count nothingmatchesthis");
  EXPECT_EQ(none.status, 1);
  EXPECT_EQ(none.out, "0\n");
  EXPECT_EQ(search("--count --json storm").status, 2) << "output modes exclude each other";
}

TEST_F(SearchModesTest, AMalformedQuerySaysWhereOnTheFirstLine) {
  const auto r = search("'storm AND'");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(
      r.out.starts_with("note: query not understood as written ('AND' at character 7 "
                        "has nothing after it)"))
      << r.out;
}

}  // namespace
}  // namespace newsarchive
