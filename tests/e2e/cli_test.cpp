// The documented behaviour of news-index and news-search, on sample_data/ and on broken inputs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

const std::string kSampleData = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data";
// The six articles written for the foundation (sample_data/ also holds examples of each format).
const std::string kSampleArticles =
    kSampleData + "/iran-hamas-article.txt " + kSampleData + "/harbour-bridge-reopens.txt " +
    kSampleData + "/cocoa-prices-storm.txt " + kSampleData + "/wire-stories.jsonl";

class CliTest : public ::testing::Test {
 protected:
  testing::CommandResult index(const std::string& args) {
    return run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(db_) + " " + args);
  }
  testing::CommandResult search(const std::string& args) {
    return run_command("NO_COLOR=1 " + std::string(NEWS_SEARCH) + " --db " + shell_quote(db_) +
                       " " + args);
  }
  nlohmann::json search_json(const std::string& query) {
    const auto r = search("--json " + shell_quote(query));
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_F(CliTest, IndexesSampleDataAndRanksTheIranArticleFirstForKhamenei) {
  const auto ix = index(shell_quote(kSampleData));
  ASSERT_EQ(ix.status, 0) << ix.err;
  EXPECT_NE(ix.err.find("indexed "), std::string::npos) << ix.err;
  EXPECT_NE(ix.err.find("skipped 0"), std::string::npos) << ix.err;
  const auto j = search_json("Khamenei");
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_TRUE(j["hits"][0]["title"].get<std::string>().starts_with("Iran’s supreme leader"));
  const auto human = search("Khamenei");
  EXPECT_EQ(human.status, 0);
  EXPECT_NE(human.out.find("1. Iran’s supreme leader"), std::string::npos);
  EXPECT_EQ(human.out.find("\x1b["), std::string::npos) << "colour with NO_COLOR set";
}

TEST_F(CliTest, FindsThePhraseAxisOfResistance) {
  index(shell_quote(kSampleData));
  const auto j = search_json("\"Axis of Resistance\"");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_NE(j["hits"][0]["snippet"].get<std::string>().find("Axis of Resistance"),
            std::string::npos);
  EXPECT_EQ(search_json("\"Resistance Axis of\"")["hits"].size(), 0u);
}

TEST_F(CliTest, JsonOutputHoldsTheDocumentedFields) {
  index(shell_quote(kSampleData));
  const auto j = search_json("bridge");
  for (const char* k : {"query", "total", "hits", "warnings"}) EXPECT_TRUE(j.contains(k)) << k;
  for (const char* k : {"estimate", "lower_bound", "upper_bound"})
    EXPECT_TRUE(j["total"].contains(k)) << k;
  ASSERT_FALSE(j["hits"].empty());
  const auto& h = j["hits"][0];
  for (const char* k : {"rank", "score", "id", "title", "date", "source", "authors", "url",
                        "language", "snippet", "highlights"})
    EXPECT_TRUE(h.contains(k)) << k;
  EXPECT_EQ(h["id"], "courier-2024-0318-bridge");
  EXPECT_EQ(h["date"], "2024-03-18T08:30:00Z");
  EXPECT_EQ(h["source"], "The Eastbrook Courier");
  EXPECT_EQ(h["authors"][0], "Marta Lindqvist");
  const auto& hl = h["highlights"][0];
  EXPECT_EQ(h["snippet"].get<std::string>().substr(hl[0].get<std::size_t>(), 6), "bridge");
}

TEST_F(CliTest, IndexingTheSameInputTwiceKeepsTheCount) {
  const auto first = index(kSampleArticles);
  EXPECT_NE(first.err.find("indexed 6 (new 6"), std::string::npos) << first.err;
  const auto again = index(kSampleArticles);
  EXPECT_EQ(again.status, 0);
  EXPECT_NE(again.err.find("unchanged 6"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("; 6 articles in"), std::string::npos) << again.err;
}

TEST_F(CliTest, ABrokenJsonLinesLineIsReportedAndTheGoodOnesIndexed) {
  const auto file =
      dir_.write("feed.jsonl",
                 "{\"id\":\"g1\",\"title\":\"Good one\",\"body\":\"zebra crossing\"}\n"
                 "{\"id\":\"bad\",\"title\": \n"
                 "{\"id\":\"g2\",\"title\":\"Good two\",\"body\":\"zebra herd\"}\n");
  const auto ix = index(shell_quote(file));
  EXPECT_EQ(ix.status, 1);
  EXPECT_NE(ix.err.find(file + ":2: not valid JSON"), std::string::npos) << ix.err;
  EXPECT_EQ(search_json("zebra")["hits"].size(), 2u);
}

TEST_F(CliTest, ANonUtf8FileIsIndexedWithInvalidBytesReplaced) {
  const auto file =
      dir_.write("latin1.txt", "Title: Caf\xE9 culture\n\nThe caf\xE9s of Lisbon reopened.");
  ASSERT_EQ(index(shell_quote(file)).status, 0);
  const auto j = search_json("Lisbon");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["title"], "Caf\uFFFD culture");
  const auto shown = search("--show " + shell_quote(j["hits"][0]["id"].get<std::string>()));
  EXPECT_EQ(shown.status, 0);
  EXPECT_NE(shown.out.find("The caf\uFFFDs of Lisbon reopened."), std::string::npos);
}

TEST_F(CliTest, ExitStatusIsLikeGrep) {
  index(shell_quote(kSampleData));
  EXPECT_EQ(search("Khamenei").status, 0);
  EXPECT_EQ(search("xylophone").status, 1);
  const auto bad = search("'storm date:2023-13'");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("month must be 01 to 12"), std::string::npos) << bad.err;
  const auto missing = run_command(std::string(NEWS_SEARCH) + " --db " +
                                   shell_quote(dir_ / "nowhere") + " anything");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no index at"), std::string::npos);
  EXPECT_EQ(run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(db_)).status, 2);
}

TEST_F(CliTest, ShowPrintsAWholeArticleAndSortingByDateWorks) {
  index(kSampleArticles);
  const auto shown = search("--show courier-2022-0918-football");
  EXPECT_EQ(shown.status, 0);
  EXPECT_NE(shown.out.find("Coach Ruth Abernathy said the win belonged"), std::string::npos);
  EXPECT_EQ(search("--show no-such-id").status, 1);
  const auto j = nlohmann::json::parse(search("--json --sort oldest 'date:2019..2024'").out);
  ASSERT_EQ(j["hits"].size(), 5u);
  EXPECT_EQ(j["hits"][0]["id"], "gazette-2019-1103-museum");
  EXPECT_EQ(j["hits"][4]["id"], "courier-2024-0318-bridge");
}

TEST_F(CliTest, StandardInputIsReadWhenTheInputIsADash) {
  const auto ix =
      run_command("printf '%s\\n' '{\"id\":\"s1\",\"title\":\"Piped in\",\"body\":\"walrus\"}' | " +
                  std::string(NEWS_INDEX) + " --db " + shell_quote(db_) + " -");
  ASSERT_EQ(ix.status, 0) << ix.err;
  const auto j = search_json("walrus");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["id"], "s1");
}

TEST_F(CliTest, OffsetAndLimitPageThroughTheSameRanking) {
  index(kSampleArticles);
  const auto all =
      nlohmann::json::parse(search("--json --limit 4 'storm OR bridge OR rates OR cup'").out);
  const auto page2 = nlohmann::json::parse(
      search("--json --limit 2 --offset 2 'storm OR bridge OR rates OR cup'").out);
  ASSERT_EQ(all["hits"].size(), 4u);
  ASSERT_EQ(page2["hits"].size(), 2u);
  EXPECT_EQ(page2["hits"][0]["id"], all["hits"][2]["id"]);
  EXPECT_EQ(page2["hits"][0]["rank"], 3);
  EXPECT_EQ(page2["hits"][1]["id"], all["hits"][3]["id"]);
}

TEST_F(CliTest, TheDefaultDatabaseComesFromTheEnvironment) {
  const std::string env = "NEWSARCHIVE_DB=" + shell_quote(dir_ / "envdb") + " ";
  ASSERT_EQ(run_command(env + NEWS_INDEX + " " + shell_quote(kSampleData)).status, 0);
  EXPECT_EQ(run_command(env + NEWS_SEARCH + " Khamenei").status, 0);
  const std::string xdg = "env -u NEWSARCHIVE_DB XDG_DATA_HOME=" + shell_quote(dir_ / "xdg") + " ";
  ASSERT_EQ(run_command(xdg + NEWS_INDEX + " " + shell_quote(kSampleData)).status, 0);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "xdg/newsarchive/index"));
}

TEST_F(CliTest, UndatedArticlesAreNeverGivenTheFileTimeOrToday) {
  index(shell_quote(kSampleData));
  const auto j = search_json("Khamenei");
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_TRUE(j["hits"][0]["date"].is_null());
}

// CSV inputs whose headers are not the usual names are mapped by --csv-columns, while other
// inputs in the same run are still detected by their content.
TEST_F(CliTest, CsvColumnsMapOwnHeaderNames) {
  const auto csv = dir_.write("in/stories.csv",
                              "story_name,copy,when\n"
                              "Tram line extended to the harbour,The new tram stop opened.,"
                              "2024-05-02\n");
  const auto bad = index("--csv-columns title " + shell_quote(csv));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--csv-columns"), std::string::npos) << bad.err;
  const auto ix = index("--csv-columns title=story_name,body=copy,date=when " + shell_quote(csv) +
                        " " + shell_quote(kSampleData + "/wire-stories.jsonl"));
  ASSERT_EQ(ix.status, 0) << ix.err;
  const auto j = search_json("title:tram");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["title"], "Tram line extended to the harbour");
  EXPECT_EQ(j["hits"][0]["date"], "2024-05-02");
  EXPECT_FALSE(search_json("museum")["hits"].empty());  // the JSON Lines input, detected
}

// `--format csv:MAPPING` reads every input as CSV with that mapping, the run owning its reader;
// a second, different mapping is refused rather than one silently winning.
TEST_F(CliTest, FormatCsvWithAMappingIsTheShorthandOfCsvColumns) {
  const auto csv = dir_.write("in/stories.txt",  // not named .csv: the format is forced
                              "story_name,copy,when\n"
                              "Tram line extended to the harbour,The new tram stop opened.,"
                              "2024-05-02\n");
  const auto both =
      index("--format csv:title=story_name --csv-columns title=copy " + shell_quote(csv));
  EXPECT_EQ(both.status, 2);
  EXPECT_NE(both.err.find("give one"), std::string::npos) << both.err;
  const auto bad = index("--format csv:title " + shell_quote(csv));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--csv-columns"), std::string::npos) << bad.err;
  const auto ix = index("--format csv:title=story_name,body=copy,date=when " + shell_quote(csv));
  ASSERT_EQ(ix.status, 0) << ix.err;
  const auto j = search_json("title:tram");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["date"], "2024-05-02");
}

// A live feed on standard input (`tail -f feed.jsonl | news-index -`): what has come is indexed
// and committed while the feed stays open. Before, standard input was read 64 KiB at a time, so
// a feed's first records waited for 64 KiB more, or for its end.
TEST_F(CliTest, AFeedOnStandardInputIsSearchableBeforeItEnds) {
  ASSERT_EQ(index("--no-entities " + shell_quote(kSampleData + "/wire-stories.jsonl")).status, 0);
  const auto feed = dir_.write(
      "feed.jsonl", R"({"id":"live-1","title":"Ferry timetable","body":"The ferry runs hourly."})"
                    "\n"
                    R"({"id":"live-2","title":"Tram works","body":"The tram depot opens."})"
                    "\n");
  const std::string ended = dir_ / "feed-ended";
  // The feed stays open 10 s after its two records, then says it has ended.
  const auto r = run_command(
      "{ cat " + shell_quote(feed) + "; sleep 10; touch " + shell_quote(ended) + "; } | " +
      NEWS_INDEX + " --quiet --no-entities --batch 2 --db " + shell_quote(db_) + " - & " +
      "until [ -e " + shell_quote(ended) + " ]; do " + NEWS_SEARCH + " --db " + shell_quote(db_) +
      " --ids 'id:live-2' | grep -qx live-2 && [ ! -e " + shell_quote(ended) +
      " ] && { echo seen while the feed was open; break; }; sleep 0.1; done; "
      "wait $!; echo \"status=$?\"");
  EXPECT_NE(r.out.find("seen while the feed was open"), std::string::npos) << r.out << r.err;
  EXPECT_NE(r.out.find("status=0"), std::string::npos) << r.out << r.err;
}

}  // namespace
}  // namespace newsarchive
