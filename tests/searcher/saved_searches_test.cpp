// Saved searches and alerts through the public library interface (docs/research-tools-2.md).
#include <gtest/gtest.h>

#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

class SavedSearchesLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add("storm.txt", "Id: storm\nDate: 2024-01-05\n\nA storm closed the harbour.");
    add("cocoa.txt", "Id: cocoa\nDate: 2024-01-06\n\nCocoa prices rose.");
  }
  void add(const std::string& name, const std::string& text) {
    testing::index_articles(dir_, db_, {{name, text}});
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_F(SavedSearchesLibraryTest, SaveListAndForget) {
  EXPECT_TRUE(saved_searches(db_).empty());
  save_search(db_, {"storms", "storm", "2024", std::nullopt});
  save_search(db_, {"cocoa", "cocoa", std::nullopt, "2024-06"});
  save_search(db_, {"storms", "storm OR gale", std::nullopt, std::nullopt});  // replaces
  const auto saved = saved_searches(db_);
  ASSERT_EQ(saved.size(), 2u);
  EXPECT_EQ(saved[0].name, "cocoa");
  EXPECT_EQ(saved[0].until, "2024-06");
  EXPECT_FALSE(saved[0].since);
  EXPECT_EQ(saved[1].query, "storm OR gale");
  EXPECT_FALSE(saved[1].since);
  EXPECT_TRUE(forget_search(db_, "cocoa"));
  EXPECT_FALSE(forget_search(db_, "cocoa"));
  EXPECT_EQ(saved_searches(db_).size(), 1u);
}

TEST_F(SavedSearchesLibraryTest, BadNamesAndQueriesAreQueryErrors) {
  EXPECT_THROW(save_search(db_, {"", "storm", std::nullopt, std::nullopt}), QueryError);
  EXPECT_THROW(save_search(db_, {"a/b", "storm", std::nullopt, std::nullopt}), QueryError);
  EXPECT_THROW(save_search(db_, {std::string(65, 'a'), "storm", std::nullopt, std::nullopt}),
               QueryError);
  EXPECT_THROW(save_search(db_, {"x", "storm", "yesterday", std::nullopt}), QueryError);
  EXPECT_THROW(save_search(db_, {"x", "storm\ncocoa", std::nullopt, std::nullopt}), QueryError);
  EXPECT_TRUE(saved_searches(db_).empty());
}

TEST_F(SavedSearchesLibraryTest, AlertsCountFromWhereTheLastReadStopped) {
  save_search(db_, {"storms", "storm", std::nullopt, std::nullopt});
  const auto first = read_alerts(Searcher(db_), 10);
  ASSERT_EQ(first.alerts.size(), 1u);
  EXPECT_EQ(first.alerts[0].total, 1u);
  EXPECT_EQ(first.alerts[0].hits.at(0).id, "storm");
  // Not marked: the same again.
  EXPECT_EQ(read_alerts(Searcher(db_), 10).alerts[0].total, 1u);
  mark_alerts_read(db_, first.until);
  EXPECT_EQ(read_alerts(Searcher(db_), 10).alerts[0].total, 0u);
  add("storm2.txt", "Id: storm2\nDate: 2023-12-01\n\nAnother storm, reported late.");
  const auto later = read_alerts(Searcher(db_), 10);
  EXPECT_EQ(later.since, first.until);
  EXPECT_GT(later.until, first.until);
  ASSERT_EQ(later.alerts[0].total, 1u);  // indexed now, though published earlier
  EXPECT_EQ(later.alerts[0].hits.at(0).id, "storm2");
}

TEST_F(SavedSearchesLibraryTest, IndexedAfterFiltersBySequence) {
  SearchRequest r;
  r.query = "storm OR cocoa";
  r.indexed_after = 0;
  EXPECT_EQ(Searcher(db_).search(r).hits.size(), 2u);
  const auto until = read_alerts(Searcher(db_), 1).until;
  r.indexed_after = until;
  EXPECT_TRUE(Searcher(db_).search(r).hits.empty());
}

}  // namespace
}  // namespace newsarchive
