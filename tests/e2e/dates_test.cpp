// Dates mentioned in the text, resolved against the publication date, found with mentions:.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

std::string seed_article() {
  std::ifstream f(std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data/iran-hamas-article.txt");
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::size_t hits(const std::string& db, const std::string& query) {
  const auto r = run_command(std::string(NEWS_SEARCH) + " --json --db " + shell_quote(db) + " " +
                             shell_quote(query));
  EXPECT_LE(r.status, 1) << r.err;
  return nlohmann::json::parse(r.out)["hits"].size();
}

TEST(MentionedDates, UndatedArticleKeepsOct7UnresolvedButADatedCopyResolvesIt) {
  testing::TempDir dir;
  const auto undated = dir.write("undated/iran.txt", seed_article());
  ASSERT_EQ(run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(dir / "a") + " " +
                        shell_quote(undated))
                .status,
            0);
  EXPECT_EQ(hits(dir / "a", "mentions:2023-10-07"), 0u);
  EXPECT_EQ(hits(dir / "a", "mentions:2023"), 0u);
  EXPECT_EQ(hits(dir / "a", "Khamenei"), 1u);

  const auto dated =
      dir.write("dated/iran.txt", "Title: Iran and Hamas\nDate: 2023-11-16\n\n" + seed_article());
  ASSERT_EQ(run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(dir / "b") + " " +
                        shell_quote(dated))
                .status,
            0);
  EXPECT_EQ(hits(dir / "b", "mentions:2023-10-07"), 1u);
  EXPECT_EQ(hits(dir / "b", "mentions:2023-10"), 1u);
  EXPECT_EQ(hits(dir / "b", "mentions:2023-10-01..2023-10-31"), 1u);
  EXPECT_EQ(hits(dir / "b", "Hezbollah mentions:2023-10-07"), 1u);
  EXPECT_EQ(hits(dir / "b", "mentions:2023-10-08"), 0u);
  EXPECT_EQ(hits(dir / "b", "mentions:2022"), 0u);
}

// An article's dates are read in its language (stated here; identified otherwise): "le 2 juin"
// is a date in a French article, "am 4. Mai" in a German one, "5 мая" in a Russian one.
TEST(MentionedDates, AreReadInTheArticlesLanguage) {
  testing::TempDir dir;
  const auto articles = dir.write(
      "articles.jsonl",
      R"({"id":"fr","language":"fr","date":"2024-06-12","title":"Budget voté","body":"Le conseil municipal a voté le budget le 2 juin après un long débat."})"
      "\n"
      R"({"id":"fr-as-en","language":"en","date":"2024-06-12","title":"Budget","body":"Le conseil municipal a voté le budget le 2 juin après un long débat."})"
      "\n"
      R"({"id":"de","language":"de","date":"2024-06-12","title":"Haushalt","body":"Der Stadtrat hat am 4. Mai den Haushalt beschlossen. Die Wahl findet am 30. Juni statt und wird mit Spannung erwartet."})"
      "\n"
      R"({"id":"ru","language":"ru","date":"2024-06-12","title":"Бюджет","body":"Городской совет утвердил бюджет 5 мая после долгих споров."})"
      "\n");
  ASSERT_EQ(run_command(std::string(NEWS_INDEX) + " -q --db " + shell_quote(dir / "db") + " " +
                        shell_quote(articles))
                .status,
            0);
  EXPECT_EQ(hits(dir / "db", "mentions:2024-06-02"), 1u);  // the French article, not as English
  EXPECT_EQ(hits(dir / "db", "mentions:2024-05-04"), 1u);
  EXPECT_EQ(hits(dir / "db", "mentions:2024-06-30"), 1u);  // "wird": the coming 30 June
  EXPECT_EQ(hits(dir / "db", "mentions:2024-05-05"), 1u);
  EXPECT_EQ(hits(dir / "db", "mentions:2024-05"), 2u);
}

// Stored in UTC, shown in the reader's zone; a date without a time stays its calendar day.
TEST(PublicationDates, ShownInTheReadersTimeZone) {
  testing::TempDir dir;
  dir.write("in/stamped.txt",
            "Title: Stamped wire story\nDate: Fri Oct 20, 2006 4:25pm EDT\n\nOil prices rose.\n");
  dir.write("in/dayonly.txt", "Title: Day only story\nDate: 2023-11-16\n\nOil prices fell.\n");
  ASSERT_EQ(run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(dir / "db") + " " +
                        shell_quote(dir / "in"))
                .status,
            0);
  const auto shown = [&](const std::string& env, const std::string& options) {
    const auto r = run_command(env + " " + NEWS_SEARCH + " --db " + shell_quote(dir / "db") + " " +
                               options + " oil");
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out;
  };
  const std::string new_york = shown("TZ=America/New_York", "");
  EXPECT_NE(new_york.find("2006-10-20 16:25 EDT"), std::string::npos) << new_york;
  EXPECT_NE(new_york.find("2023-11-16"), std::string::npos) << new_york;
  const std::string tokyo = shown("TZ=America/New_York", "--tz Asia/Tokyo");
  EXPECT_NE(tokyo.find("2006-10-21 05:25 JST"), std::string::npos) << tokyo;
  // Midnight UTC would be the evening before in Los Angeles: a bare day must not move.
  const std::string los_angeles = shown("TZ=America/Los_Angeles", "");
  EXPECT_NE(los_angeles.find("2023-11-16"), std::string::npos) << los_angeles;
  EXPECT_EQ(los_angeles.find("2023-11-15"), std::string::npos) << los_angeles;

  const auto json = nlohmann::json::parse(shown("TZ=Asia/Tokyo", "--json"));
  std::vector<std::string> dates;
  for (const auto& h : json["hits"]) dates.push_back(h["date"]);
  EXPECT_NE(std::find(dates.begin(), dates.end(), "2006-10-20T20:25:00Z"), dates.end());
  EXPECT_NE(std::find(dates.begin(), dates.end(), "2023-11-16"), dates.end());

  const auto bad = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(dir / "db") +
                               " --tz Mars/Olympus oil");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("unknown time zone 'Mars/Olympus'"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace newsarchive
