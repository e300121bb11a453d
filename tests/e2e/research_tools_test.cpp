// news-search's research tools (docs/research-tools.md) with the real binaries on sample_data/
// and on files written here: --csv export, --all, --kwic and --trend, with exact output, and the
// JSON shapes docs/json-output.md documents for them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.h"

namespace newsarchive {
namespace {

using nlohmann::json;
using testing::run_command;
using testing::shell_quote;

// sample_data/ indexed once, on first use, for every test here; removed at exit. Its lineage/
// folder (copies of two stories from several sources, for docs/research-tools-2.md) is left out,
// so that the expected lines here stay those of one copy per story.
const std::string& sample_archive() {
  static const testing::TempDir dir;
  static const std::string db = [] {
    const std::string path = dir / "db";
    std::string inputs;
    for (const char* entry :
         {"cocoa-prices-storm.txt", "duplicates", "formats", "harbour-bridge-reopens.txt",
          "iran-hamas-article.txt", "languages", "wire-stories.jsonl"})
      inputs += " " + shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data/" + entry);
    const auto ix = run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(path) + inputs);
    EXPECT_EQ(ix.status, 0) << ix.err;
    return path;
  }();
  return db;
}

class ResearchToolsCliTest : public ::testing::Test {
 protected:
  static testing::CommandResult search(const std::string& args, const std::string& env = "") {
    return run_command("NO_COLOR=1 " + env + " " + std::string(NEWS_SEARCH) + " --db " +
                       shell_quote(sample_archive()) + " " + args);
  }
  // Runs news-search with `args`: it succeeds and prints exactly `expected`.
  static void expect_output(const std::string& args, const std::string& expected,
                            const std::string& env = "") {
    const auto r = search(args, env);
    EXPECT_EQ(r.status, 0) << args << ": " << r.err;
    EXPECT_EQ(r.out, expected) << args;
  }
  static std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }
};

TEST_F(ResearchToolsCliTest, CsvExportsEveryMatchInTheSortOrderWithAHeaderAndCrlf) {
  expect_output("--csv --all --sort oldest --fields id,date,source,title storm",
                "id,date,source,title\r\n"
                "GAZ940314-0001,1994-03-14,Portsmouth Gazette (invented sample),Harbor Council "
                "Approves Lighthouse Restoration\r\n"
                "h5d82aa6214da090e9c4229afc2cfe106,2023-11-07T16:45:00Z,Meridian Wire,Cocoa prices "
                "climb as storm damages West Coast plantations\r\n"
                "courier-2024-0318-bridge,2024-03-18T08:30:00Z,The Eastbrook Courier,Eastbrook "
                "harbour bridge reopens after two-year repair\r\n");
  // Without --all, the page: -n 1.
  EXPECT_EQ(lines(search("--csv -n 1 --sort oldest storm").out).size(), 2u);
  const auto none = search("--csv --all nosuchwordanywhere");
  EXPECT_EQ(none.status, 1);
  EXPECT_EQ(none.out, "id,date,title,source,url,authors\r\n");
}

TEST_F(ResearchToolsCliTest, CsvQuotesCommasQuotesAndNewlinesAndJoinsLists) {
  testing::TempDir dir;
  const std::string input = dir.write(
      "quoting.jsonl",
      R"({"id": "q1", "title": "Oil, gas and \"green\" deals", "date": "2024-01-02", )"
      R"("source": "Wire", "author": ["Doe, Jane", "Roe"], "body": "Oil deals were signed."})"
      "\n");
  const std::string quoting_db = dir / "db";
  ASSERT_EQ(run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(quoting_db) + " " +
                        shell_quote(input))
                .status,
            0);
  const auto r = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(quoting_db) +
                             " --csv --fields id,title,authors,body oil");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "id,title,authors,body\r\n"
      "q1,\"Oil, gas and \"\"green\"\" deals\",\"Doe, Jane; Roe\",Oil deals were signed.\r\n");
}

TEST_F(ResearchToolsCliTest, AnUnknownFieldIsRefusedWithTheValidOnes) {
  const auto r = search("--csv --fields id,colour storm");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "news-search: --fields colour: no such field (fields: rank, score, id, date, title, "
            "source, url, language, authors, person, org, place, mentions, cluster, similar, "
            "snippet, body)\n");
}

TEST_F(ResearchToolsCliTest, AllStreamsEveryResultAsJsonLinesAndIds) {
  const auto count = search("--count 'cocoa OR storm OR bridge OR rates'");
  const auto jsonl = search("--jsonl --all -n 1 'cocoa OR storm OR bridge OR rates'");
  EXPECT_EQ(jsonl.status, 0) << jsonl.err;
  const auto hits = lines(jsonl.out);
  EXPECT_EQ(std::to_string(hits.size()) + "\n", count.out);
  EXPECT_GT(hits.size(), 1u);
  for (const auto& h : hits) EXPECT_TRUE(json::parse(h).contains("snippet"));
  EXPECT_EQ(search("--ids --all --sort oldest storm").out,
            "GAZ940314-0001\nh5d82aa6214da090e9c4229afc2cfe106\ncourier-2024-0318-bridge\n");
}

TEST_F(ResearchToolsCliTest, OptionsOfOneToolAreRefusedWithoutIt) {
  const std::pair<const char*, const char*> cases[] = {
      {"--all storm", "news-search: --all works with --csv, --jsonl, --ids and --kwic\n"},
      {"--fields id storm", "news-search: --fields chooses the columns of a --csv export\n"},
      {"--sort left storm", "news-search: --sort left orders a concordance (--kwic)\n"},
      {"--context 3 storm", "news-search: --context is for --kwic\n"},
      {"--by week storm", "news-search: --by is for --trend\n"},
      {"--csv --json storm",
       "news-search: --json, --jsonl, --ids, --count and --csv exclude each other\n"},
      {"--trend storm cocoa",
       "news-search: --trend takes its queries itself: --trend 'QUERY' ...\n"},
      {"--kwic --ids storm", "news-search: --kwic prints lines, --json, --jsonl or --csv\n"}};
  for (const auto& [args, message] : cases) {
    const auto r = search(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_EQ(r.err, message) << args;
  }
}

TEST_F(ResearchToolsCliTest, KwicAlignsTheMatchesAndSortsByTheWordsAfter) {
  expect_output("--kwic --context 2 --sort right storm",
                "2023-11-07 Meridian Wire      said the storm added to\n"
                "1994-03-14 Portsmouth Gaze…    since a storm cracked its\n"
                "2023-11-07 Meridian Wire      climb as storm damages West\n"
                "2023-11-07 Meridian Wire    a tropical storm flattened plantations\n"
                "2024-03-18 The Eastbrook C…   a winter storm. Mayor\n"
                "5 occurrences in 3 articles\n");
}

TEST_F(ResearchToolsCliTest, KwicFitsTheWidthAndSortsByTheWordsBeforeNearestFirst) {
  const auto r = search("--kwic --sort left storm", "COLUMNS=100");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "1994-03-14 Portsmouth Gaze… …e, which has stood dark since a storm cracked its "
            "lantern room in 1991…\n"
            "2023-11-07 Meridian Wire               Cocoa prices climb as storm damages West "
            "Coast plantations\n"
            "2023-11-07 Meridian Wire    …n Abena Owusu. Traders said the storm added to "
            "worries about a smaller…\n"
            "2023-11-07 Meridian Wire    …ent on Tuesday after a tropical storm flattened "
            "plantations along the …\n"
            "2024-03-18 The Eastbrook C… …ne of its piers during a winter storm. Mayor Jonas "
            "Ferreira cut the ri…\n"
            "5 occurrences in 3 articles\n");
  for (const auto& line : lines(r.out)) {
    std::size_t columns = 0;
    for (const char c : line) columns += (c & 0xC0) != 0x80;
    EXPECT_LE(columns, 100u) << line;
  }
}

TEST_F(ResearchToolsCliTest, KwicAsCsvJsonLinesAndJson) {
  expect_output("--kwic --csv --all --context 3 storm",
                "id,date,source,left,match,right\r\n"
                "h5d82aa6214da090e9c4229afc2cfe106,2023-11-07T16:45:00Z,Meridian Wire,prices climb "
                "as ,storm, damages West Coast\r\n"
                "h5d82aa6214da090e9c4229afc2cfe106,2023-11-07T16:45:00Z,Meridian Wire,after a "
                "tropical ,storm, flattened plantations along\r\n"
                "h5d82aa6214da090e9c4229afc2cfe106,2023-11-07T16:45:00Z,Meridian Wire,Traders said "
                "the ,storm, added to worries\r\n"
                "GAZ940314-0001,1994-03-14,Portsmouth Gazette (invented sample),dark since a "
                ",storm, cracked its lantern\r\n"
                "courier-2024-0318-bridge,2024-03-18T08:30:00Z,The Eastbrook Courier,during a "
                "winter ,storm,. Mayor Jonas\r\n");
  const auto jsonl = lines(search("--kwic --jsonl --all Khamenei").out);
  ASSERT_EQ(jsonl.size(), 3u);
  for (const auto& l : jsonl) {
    const auto j = json::parse(l);
    EXPECT_EQ(j.size(), 6u) << l;
    for (const char* k : {"id", "source", "left", "match", "right"})
      EXPECT_TRUE(j[k].is_string()) << k << " in " << l;
    EXPECT_TRUE(j["date"].is_null());  // the Iran article is undated
    EXPECT_EQ(j["match"], "Khamenei");
  }
  const auto j = json::parse(search("--kwic --json -n 1 storm").out);
  EXPECT_EQ(j["query"], "storm");
  EXPECT_EQ(j["articles"], 1);
  EXPECT_EQ(j["total"], 3);
  EXPECT_TRUE(j["warnings"].is_array());
  ASSERT_TRUE(j["lines"].is_array());
  for (const auto& l : j["lines"]) EXPECT_EQ(l["match"], "storm");
}

TEST_F(ResearchToolsCliTest, TrendChartsSeveralQueriesOnOneAxis) {
  expect_output("--trend storm --trend bridge --trend Khamenei --by year --since 2023",
                "Share of each year's articles that match:  ● storm  ○ bridge  ◆ Khamenei\n"
                "      0%                               25.00%\n"
                "2023 |                                      ●|  25.00%   0.00%   0.00%\n"
                "2024 |               &                       |  10.00%  10.00%   0.00%\n"
                "&: several queries at one point (their shares are on the right)\n",
                "COLUMNS=70");
  expect_output("--ascii --trend storm --by year --until 1994",
                "Share of each year's articles that match:  * storm\n"
                "      0%                 50.00%\n"
                "1987 |                         |   0.00%\n"
                "1988 |                         |       -\n"
                "1989 |                         |       -\n"
                "1990 |                         |       -\n"
                "1991 |                         |       -\n"
                "1992 |                         |       -\n"
                "1993 |                         |       -\n"
                "1994 |                        *|  50.00%\n",
                "COLUMNS=40");
  EXPECT_EQ(search("--trend nosuchwordanywhere --by year").status, 1);
}

TEST_F(ResearchToolsCliTest, TrendAsCsvAndJson) {
  expect_output("--trend storm --trend bridge --since 2023-10 --until 2024-03 --csv",
                "period,articles,storm,storm share,bridge,bridge share\r\n"
                "2023-11,3,1,0.333333,0,0.000000\r\n"
                "2023-12,0,0,0.000000,0,0.000000\r\n"
                "2024-01,1,0,0.000000,0,0.000000\r\n"
                "2024-02,0,0,0.000000,0,0.000000\r\n"
                "2024-03,5,1,0.200000,1,0.200000\r\n");
  const auto j = json::parse(search("--trend storm --trend Khamenei --by year --json").out);
  EXPECT_EQ(j["granularity"], "year");
  ASSERT_TRUE(j["periods"].is_array());
  ASSERT_EQ(j["articles"].size(), j["periods"].size());
  ASSERT_EQ(j["series"].size(), 2u);
  EXPECT_EQ(j["series"][0]["query"], "storm");
  EXPECT_EQ(j["series"][0]["counts"].size(), j["periods"].size());
  EXPECT_EQ(j["series"][0]["shares"].size(), j["periods"].size());
  EXPECT_EQ(j["series"][1]["undated"], 1);  // the Iran article has no date
  EXPECT_TRUE(j["warnings"].is_array());
}

TEST_F(ResearchToolsCliTest, FacetsDateTakesTheHistogramsPeriod) {
  for (const char* period : {"day", "week", "month", "year"}) {
    const auto r = search(std::string("--facets date:") + period + " --json -n 0 storm");
    ASSERT_EQ(r.status, 0) << period << ": " << r.err;
    const auto date = json::parse(r.out)["facets"][0];
    EXPECT_EQ(date["granularity"], period);
    ASSERT_FALSE(date["values"].empty()) << period;
  }
  // ISO weeks: the storm articles of 2023-11-07 and 2024-03-18 fall in 2023-W45 and 2024-W12.
  const auto weeks = json::parse(search("--facets date:week --json -n 0 storm").out);
  const auto& values = weeks["facets"][0]["values"];
  EXPECT_EQ(values.front()["key"], "1994-W11");
  std::uint64_t in_w45 = 0;
  for (const auto& v : values)
    if (v["key"] == "2023-W45") in_w45 = v["count"];
  EXPECT_GE(in_w45, 1u);
  const auto bad = search("--facets date:fortnight storm");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--facets date:fortnight: expected NAME, NAME:COUNT or "
                         "date:day|week|month|year"),
            std::string::npos)
      << bad.err;
  EXPECT_EQ(search("--facets person:week storm").status, 2);
}

}  // namespace
}  // namespace newsarchive
