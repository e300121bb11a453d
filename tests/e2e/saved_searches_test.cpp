// Saved searches and alerts through the command line: --save, --saved, --forget, --alerts and
// news-index --alerts, on one database and on shards (docs/research-tools-2.md).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_archive.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

const std::string kSamples = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data";

class SavedSearchesTest : public testing::CliArchiveTest {
 protected:
  void index_and_save(const std::string& shards) {
    ASSERT_EQ(index(shards + shell_quote(kSamples + "/duplicates")).status, 0);
    ASSERT_EQ(search("--save ferries ferry").out, "saved search 'ferries'\n");
    ASSERT_EQ(search("--save harbour 'harbour OR port' --since 2024").status, 0);
  }
};

TEST_F(SavedSearchesTest, SavedSearchesAreListedAndForgotten) {
  index_and_save("");
  EXPECT_EQ(search("--saved").out,
            "ferries  ferry\n"
            "harbour  harbour OR port since 2024\n");
  const auto forget = search("--forget harbour");
  EXPECT_EQ(forget.status, 0);
  EXPECT_EQ(forget.out, "forgot saved search 'harbour'\n");
  const auto again = search("--forget harbour");
  EXPECT_EQ(again.status, 1);
  EXPECT_EQ(again.err, "news-search: no saved search 'harbour'\n");
  EXPECT_EQ(nlohmann::json::parse(search("--saved --json").out),
            nlohmann::json::parse(R"({"saved": [
              {"name": "ferries", "query": "ferry", "since": null, "until": null}]})"));
}

TEST_F(SavedSearchesTest, ABadNameOrQueryIsRefusedAndNothingIsSaved) {
  index_and_save("");
  const auto name = search("--save 'two words' ferry");
  EXPECT_EQ(name.status, 2);
  EXPECT_EQ(name.err,
            "news-search: bad query: saved search name 'two words': use 1 to 64 letters, "
            "digits, '-', '_' or '.'\n");
  EXPECT_EQ(search("--save broken 'title:('").status, 2);
  EXPECT_EQ(search("--save broken ferry --since 2024-13").status, 2);
  EXPECT_EQ(search("--saved").out.find("broken"), std::string::npos);
}

// Alerts show what was indexed since they were last read, then nothing until more is indexed;
// news-index --alerts prints the same without marking them read.
TEST_F(SavedSearchesTest, AlertsShowOnlyArticlesIndexedSinceTheLastRead) {
  index_and_save("");
  const auto first = search("--alerts -n 1");
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(first.out,
            "ferries (ferry): 2 new\n"
            "  2024-03-14T09:30:00Z  The Vestby Post  Island commuters stranded as ferry strike "
            "begins  (id ha765c4ba974b028145b645524ee44f41)\n"
            "  … and 1 more\n"
            "harbour (harbour OR port since 2024): 2 new\n"
            "  2024-03-14T09:30:00Z  The Vestby Post  Island commuters stranded as ferry strike "
            "begins  (id ha765c4ba974b028145b645524ee44f41)\n"
            "  … and 1 more\n");
  const auto second = search("--alerts");
  EXPECT_EQ(second.status, 1);
  EXPECT_EQ(second.out,
            "ferries (ferry): nothing new\n"
            "harbour (harbour OR port since 2024): nothing new\n");

  const auto ix = run_command(std::string(NEWS_INDEX) + " -q --no-entities --alerts --db " +
                              shell_quote(db_) + " " + shell_quote(kSamples + "/lineage"));
  EXPECT_EQ(ix.status, 0) << ix.err;
  const std::string expected =
      "ferries (ferry): 2 new\n"
      "  2024-05-15T07:15:00Z  Coast Wire  Night ferry to the Skerry Islands to end in March  "
      "(id h2a9e489f58c5ed3a362b130b96276e64)\n"
      "  2024-05-14T17:45:00Z  Portmere Gazette  Night ferry to the Skerry Islands to end in "
      "March  (id hdc878d64ea14134e7ec4da6d9b748f10)\n"
      "harbour (harbour OR port since 2024): 3 new\n"
      "  2024-05-07  Sandport Courier  Portmere harbour reopens after storm repairs  (id "
      "h3b32aacdde33b0d1ceec336422b5eab1)\n"
      "  2024-05-06T09:30:00Z  Portmere Gazette  Portmere harbour reopens after storm repairs  "
      "(id haf601e1a27b4fe6270646b1b65e12642)\n"
      "  2024-05-06T06:00:00Z  Coast Wire  Portmere harbour reopens after storm repairs  (id "
      "hb1e079d1810ba32765908f1e2eefe087)\n";
  EXPECT_EQ(ix.out, expected);
  EXPECT_EQ(search("--alerts").out, expected);  // news-index did not mark them read
  EXPECT_EQ(search("--alerts").status, 1);
}

// Re-indexing unchanged files writes nothing: no alert. A changed article is written again and
// is news again.
TEST_F(SavedSearchesTest, UnchangedArticlesAreNotNewAgain) {
  index_and_save("");
  ASSERT_EQ(search("--alerts").status, 0);
  ASSERT_EQ(index(shell_quote(kSamples + "/duplicates")).status, 0);
  EXPECT_EQ(search("--alerts").status, 1);
  const std::string edited =
      dir_.write("edited.txt",
                 "Title: Ferry strike ends\nSource: Meridian Wire\nDate: 2024-03-16\n\n"
                 "The ferry strike ended on Saturday.\n");
  ASSERT_EQ(index(shell_quote(edited)).status, 0);
  const auto j = nlohmann::json::parse(search("--alerts --json").out);
  ASSERT_EQ(j["alerts"].size(), 2u);
  EXPECT_EQ(j["alerts"][0]["name"], "ferries");
  EXPECT_EQ(j["alerts"][0]["total"], 1);
  EXPECT_EQ(j["alerts"][0]["hits"][0]["title"], "Ferry strike ends");
  EXPECT_EQ(j["alerts"][1]["total"], 0);
  EXPECT_LT(j["since_sequence"].get<std::uint64_t>(), j["until_sequence"].get<std::uint64_t>());
}

TEST_F(SavedSearchesTest, OnShardsSavedSearchesAndAlertsWork) {
  index_and_save("--shards 3 ");
  EXPECT_EQ(search("--saved").out,
            "ferries  ferry\n"
            "harbour  harbour OR port since 2024\n");
  EXPECT_NE(search("--alerts").out.find("ferries (ferry): 2 new\n"), std::string::npos);
  ASSERT_EQ(index(shell_quote(kSamples + "/lineage")).status, 0);
  const auto j = nlohmann::json::parse(search("--alerts --json").out);
  EXPECT_EQ(j["alerts"][0]["total"], 2);
  EXPECT_EQ(j["alerts"][1]["total"], 3);
  EXPECT_EQ(search("--alerts").status, 1);
}

TEST_F(SavedSearchesTest, WithoutSavedSearchesAlertsSaySo) {
  ASSERT_EQ(index(shell_quote(kSamples + "/duplicates")).status, 0);
  const auto r = search("--alerts");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "No saved searches (save one: news-search --save NAME QUERY).\n");
  EXPECT_EQ(search("--saved").status, 1);
}

}  // namespace
}  // namespace newsarchive
