// news-search refuses what it cannot mean, with a message and status 2, instead of guessing.
#include <gtest/gtest.h>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

class StrictCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    run_command(std::string(NEWS_INDEX) + " --quiet --db " + shell_quote(*dir_ / "db") + " " +
                shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data"));
  }
  static void TearDownTestSuite() { delete dir_; }
  testing::CommandResult search(const std::string& args) {
    return run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(*dir_ / "db") + " " +
                       args);
  }
  static testing::TempDir* dir_;
};
testing::TempDir* StrictCliTest::dir_ = nullptr;

TEST_F(StrictCliTest, ANegativeCountIsAnError) {
  for (const char* args : {"--limit -1 storm", "--offset -3 storm"}) {
    const auto r = search(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.err.find("expected a whole number of 0 or more"), std::string::npos) << r.err;
  }
}

TEST_F(StrictCliTest, SpacesAloneAreNoQueryAsAnEmptyQueryIs) {
  const auto spaces = search("'   '");
  EXPECT_EQ(spaces.status, 2);
  EXPECT_NE(spaces.err.find("no query given"), std::string::npos) << spaces.err;
  // With a filter, no words still browses the archive.
  EXPECT_EQ(search("--since 2023 --count '   '").status, 0);
}

TEST_F(StrictCliTest, AnUnknownFacetIsAnErrorNotAQueryWord) {
  const auto r = search("--facets persn storm");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--facets persn: no such facet (facets: person, org, place"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(search("--facets person:2,org:1 -n 0 storm").status, 0);
  EXPECT_EQ(search("--facets date --facets person:1 -n 0 storm").status, 0);
}

TEST_F(StrictCliTest, AnOverlongQueryIsRefusedQuickly) {
  std::string words;
  for (int i = 0; i < 2000; ++i) words += "w" + std::to_string(i) + " ";
  const auto r = search(shell_quote(words));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("2000 words; at most 1024"), std::string::npos) << r.err;
}

TEST_F(StrictCliTest, AnOffsetPastThirtyTwoBitsShowsNoHits) {
  const auto r = search("--ids --offset 4294967297 -n 1 storm");
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace newsarchive
