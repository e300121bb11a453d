// Dates mentioned in the text, resolved against the publication date, found with mentions:.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

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

}  // namespace
}  // namespace newsarchive
