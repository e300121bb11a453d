// Story lineage and the first-source and words facets through the command line, on
// sample_data/lineage/: one Coast Wire story that three other outlets printed word for word
// (one of them undated), and one Portmere Gazette story that Coast Wire copied the next day.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "cli_archive.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shared_dir;
using testing::shell_quote;

const std::string kStories = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data/lineage";
// Ids derived from text, source and date (no id or URL in the files).
const std::string kHarbourWire = "hb1e079d1810ba32765908f1e2eefe087";
const std::string kHarbourCourier = "h3b32aacdde33b0d1ceec336422b5eab1";
const std::string kFerryGazette = "hdc878d64ea14134e7ec4da6d9b748f10";
const std::string kFerryWire = "h2a9e489f58c5ed3a362b130b96276e64";

using StoryResearchTest = testing::CliArchiveTest;

// Before schema 5 the four copies of the harbour story had one derived id: each replaced the
// last, and the archive held 3 articles.
TEST_F(StoryResearchTest, OneTextFromSeveralSourcesIsSeveralArticlesInOneCluster) {
  const auto ix = index(shell_quote(kStories));
  ASSERT_EQ(ix.status, 0) << ix.err;
  EXPECT_NE(ix.err.find("indexed 6 (new 6, replaced 0)"), std::string::npos) << ix.err;
  EXPECT_NE(ix.err.find("; 6 articles in "), std::string::npos) << ix.err;
  const auto r = search("portmere");
  EXPECT_NE(r.out.find("2 matches (6 articles, near-duplicates collapsed)"), std::string::npos)
      << r.out;
}

TEST_F(StoryResearchTest, LineageListsEveryCopyInPublicationOrderAndTheUndatedApart) {
  ASSERT_EQ(index(shell_quote(kStories)).status, 0);
  const auto r = search("--lineage " + kHarbourCourier);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "Story lineage of h3b32aacdde33b0d1ceec336422b5eab1: 4 copies from 4 sources (1 "
            "undated); first published by Coast Wire\n"
            "\n"
            "In publication order (UTC, delay after the first copy):\n"
            "  2024-05-06T06:00:00Z  +0        Coast Wire        Portmere harbour reopens after "
            "storm repairs  (id hb1e079d1810ba32765908f1e2eefe087)\n"
            "  2024-05-06T09:30:00Z  +3h 30m   Portmere Gazette  Portmere harbour reopens after "
            "storm repairs  (id haf601e1a27b4fe6270646b1b65e12642)\n"
            "  2024-05-07            +18h 00m  Sandport Courier  Portmere harbour reopens after "
            "storm repairs  (id h3b32aacdde33b0d1ceec336422b5eab1)\n"
            "\n"
            "Undated:\n"
            "  Harbour Weekly Digest  Portmere harbour reopens after storm repairs  (id "
            "h088d1911959c5a69fa01a30ce672a189)\n");
}

TEST_F(StoryResearchTest, LineageJsonNamesTheFirstSourceAndEachDelay) {
  ASSERT_EQ(index(shell_quote(kStories)).status, 0);
  const auto r = search("--json --lineage " + kFerryWire);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::parse(R"({
    "id": "h2a9e489f58c5ed3a362b130b96276e64",
    "cluster": "h2a9e489f58c5ed3a362b130b96276e64",
    "first_source": "Portmere Gazette",
    "copies": [
      {"id": "hdc878d64ea14134e7ec4da6d9b748f10", "source": "Portmere Gazette",
       "title": "Night ferry to the Skerry Islands to end in March", "url": "",
       "date": "2024-05-14T17:45:00Z", "delay_seconds": 0},
      {"id": "h2a9e489f58c5ed3a362b130b96276e64", "source": "Coast Wire",
       "title": "Night ferry to the Skerry Islands to end in March", "url": "",
       "date": "2024-05-15T07:15:00Z", "delay_seconds": 48600}],
    "undated": []})"));
}

TEST_F(StoryResearchTest, LineageOfAnUnknownIdSaysSoAndExitsOne) {
  ASSERT_EQ(index(shell_quote(kStories)).status, 0);
  const auto r = search("--lineage no-such-id");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "news-search: no article with id 'no-such-id'\n");
}

// The ferry cluster's key is Coast Wire's copy (read first), but the Gazette published first.
TEST_F(StoryResearchTest, FirstSourceFacetCountsWhoPublishedEachClusterFirst) {
  ASSERT_EQ(index(shell_quote(kStories)).status, 0);
  const auto r = search("portmere --facets first-source,source -n 0");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "2 matches (6 articles, near-duplicates collapsed)\n"
            "\n"
            "First published by (near-duplicate clusters of the matches):\n"
            "   Coast Wire        1\n"
            "   Portmere Gazette  1\n"
            "\n"
            "Sources:\n"
            "   Coast Wire             2\n"
            "   Portmere Gazette       2\n"
            "   Harbour Weekly Digest  1\n"
            "   Sandport Courier       1\n");
  const auto ferry = nlohmann::json::parse(search("--json ferry --facets first-source").out);
  EXPECT_EQ(ferry["facets"][0], nlohmann::json::parse(R"({"field": "first-source", "undated": 0,
      "values": [{"key": "Portmere Gazette", "label": "Portmere Gazette", "count": 1}]})"));
}

TEST_F(StoryResearchTest, LineageAndFirstSourceWorkOverShards) {
  const auto ix = index("--shards 2 " + shell_quote(kStories));
  ASSERT_EQ(ix.status, 0) << ix.err;
  const auto j = nlohmann::json::parse(search("--json --lineage " + kHarbourWire).out);
  ASSERT_EQ(j["copies"].size(), 3u);
  EXPECT_EQ(j["copies"][2]["id"], kHarbourCourier);
  EXPECT_EQ(j["copies"][2]["delay_seconds"], 18 * 3600);
  EXPECT_EQ(j["undated"].size(), 1u);
  const auto facets = nlohmann::json::parse(search("--json portmere --facets first-source").out);
  EXPECT_EQ(facets["facets"][0]["values"].size(), 2u);
}

// Real articles: the first 5,000 records of Reuters-21578 (converted by shared/tools). Crude oil
// is about barrels, OPEC and prices; words in every article ("said", "reuter") and the query's
// own words are not what it is about.
TEST_F(StoryResearchTest, WordsFacetSaysWhatReutersCrudeOilArticlesAreAbout) {
  const std::string tool = shared_dir() + "/tools/reuters21578_to_jsonl.py";
  if (!std::filesystem::exists(tool)) GTEST_SKIP() << "no shared corpora at " << shared_dir();
  const auto convert = run_command("python3 " + shell_quote(tool) + " | head -n 5000 > " +
                                   shell_quote(dir_ / "r.jsonl"));
  ASSERT_LE(index(shell_quote(dir_ / "r.jsonl")).status, 1);  // 29 empty records skipped
  const auto r = search("'crude oil' --facets words:8,source -n 0");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "356 matches (371 articles, near-duplicates collapsed)\n"
            "\n"
            "What the matches are about (significant words, matches containing each):\n"
            "   opec       48\n"
            "   bpd        40\n"
            "   ecuador    27\n"
            "   prices    153\n"
            "   barrels    71\n"
            "   bbl        24\n"
            "   postings   16\n"
            "   pipeline   30\n"
            "\n"
            "Sources:\n"
            "   Reuters  371\n");
  const auto j = nlohmann::json::parse(search("--json 'crude oil' --facets words:3").out);
  EXPECT_EQ(j["facets"][0], nlohmann::json::parse(R"({"field": "words", "values": [
      {"key": "opec", "label": "opec", "count": 48}, {"key": "bpd", "label": "bpd", "count": 40},
      {"key": "ecuador", "label": "ecuador", "count": 27}]})"));
}

// The JSON examples of docs/json-output.md's section on these tools, in order.
std::vector<nlohmann::json> documented_examples() {
  std::ifstream doc(std::string(NEWSARCHIVE_SOURCE_DIR) + "/docs/json-output.md");
  std::stringstream text;
  text << doc.rdbuf();
  const std::string all = text.str();
  std::vector<nlohmann::json> out;
  for (auto at = all.find("## Research tools: words, first-source"); at != std::string::npos;) {
    const auto begin = all.find("```json\n", at);
    if (begin == std::string::npos) break;
    const auto end = all.find("```", begin + 8);
    out.push_back(nlohmann::json::parse(all.substr(begin + 8, end - begin - 8)));
    at = end + 3;
  }
  return out;
}

// Same keys and kinds of value, objects and the first element of arrays compared in depth (a
// null in either stands for an optional value).
void expect_same_shape(const nlohmann::json& doc, const nlohmann::json& real,
                       const std::string& where) {
  if (doc.is_null() || real.is_null()) return;
  ASSERT_EQ(doc.type_name(), real.type_name()) << where;
  if (doc.is_object()) {
    for (const auto& [key, value] : doc.items()) {
      ASSERT_TRUE(real.contains(key)) << where << "." << key << " documented, not output";
      expect_same_shape(value, real[key], where + "." + key);
    }
    for (const auto& [key, value] : real.items())
      EXPECT_TRUE(doc.contains(key)) << where << "." << key << " output, not documented";
  } else if (doc.is_array() && !doc.empty() && !real.empty()) {
    expect_same_shape(doc[0], real[0], where + "[0]");
  }
}

TEST_F(StoryResearchTest, OutputHasTheShapesDocsJsonOutputDocuments) {
  ASSERT_EQ(index(shell_quote(kStories)).status, 0);
  ASSERT_EQ(search("--save ferries ferry").status, 0);
  const auto examples = documented_examples();
  ASSERT_EQ(examples.size(), 5u);
  const auto facets =
      nlohmann::json::parse(search("--json portmere --facets words,first-source").out)["facets"];
  expect_same_shape(examples[0], facets[0], "words");
  expect_same_shape(examples[1], facets[1], "first-source");
  expect_same_shape(examples[2],
                    nlohmann::json::parse(search("--json --lineage " + kFerryWire).out), "lineage");
  expect_same_shape(examples[3], nlohmann::json::parse(search("--json --saved").out), "saved");
  expect_same_shape(examples[4], nlohmann::json::parse(search("--json --alerts").out), "alerts");
}

// An article that names no source is a copy of its own; it was shown as "first published by "
// with nothing after it.
TEST_F(StoryResearchTest, ACopyWithoutASourceIsSaidToHaveNone) {
  const auto text = dir_.write("untitled.txt",
                               "Title: Ferry timetable\nDate: 2024-03-01\n\nThe ferry runs "
                               "hourly from the harbour.\n");
  ASSERT_EQ(index(shell_quote(text)).status, 0);
  const auto id = search("--ids ferry").out;
  ASSERT_FALSE(id.empty());
  const auto r = search("--lineage " + id.substr(0, id.find('\n')));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("first published by (no source)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(no source)  Ferry timetable"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace newsarchive
