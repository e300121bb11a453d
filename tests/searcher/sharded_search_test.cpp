// An archive split over shards searches exactly as one database holding the same articles:
// ranking (scores), totals, facets and the date histogram. And a shard that is missing is named.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "newsarchive/searcher.h"
#include "shard_fixture.h"
#include "shard_result_comparison.h"

namespace newsarchive {
namespace {

class ShardedSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { archive_ = new testing::ShardedArchive; }
  static void TearDownTestSuite() { delete archive_; }
  static testing::ShardedArchive* archive_;
};
testing::ShardedArchive* ShardedSearchTest::archive_ = nullptr;

TEST_F(ShardedSearchTest, RankingTotalsFacetsAndHistogramEqualOneDatabase) {
  const Searcher single(archive_->single), sharded(archive_->shards);
  EXPECT_EQ(sharded.article_count(), single.article_count());
  for (const auto sort : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
    for (const char* query : {"", "harbour", "storm OR flood", "bank rates inflation",
                              "\"harbour bridge\"", "minister -budget", "title:museum"}) {
      SCOPED_TRACE(std::string("query '") + query + "', sort " +
                   std::to_string(static_cast<int>(sort)));
      const auto request = testing::every_match_with_facets(query, sort);
      testing::expect_same_result(sharded.search(request), single.search(request));
    }
  }
}

TEST_F(ShardedSearchTest, AStubFileNamedDirectlyOpensTheSameArchive) {
  const auto request = testing::every_match_with_facets("harbour", SortOrder::kRelevance);
  testing::expect_same_result(Searcher(archive_->stub).search(request),
                              Searcher(archive_->single).search(request));
}

// Without statistics gathered over every shard, scores would follow each shard's own word
// frequencies; this shows the comparison above would notice.
TEST_F(ShardedSearchTest, AShardAloneScoresDifferentlySoTheComparisonHasTeeth) {
  const auto request =
      testing::every_match_with_facets("bank rates inflation", SortOrder::kRelevance);
  const auto alone = Searcher(archive_->shard(1)).search(request);
  const auto whole = Searcher(archive_->shards).search(request);
  ASSERT_FALSE(alone.hits.empty());
  double largest_difference = 0;
  for (const auto& hit : alone.hits) {
    const auto same = std::find_if(whole.hits.begin(), whole.hits.end(),
                                   [&](const Hit& h) { return h.id == hit.id; });
    ASSERT_NE(same, whole.hits.end()) << hit.id;
    largest_difference = std::max(largest_difference, std::fabs(same->score - hit.score));
  }
  EXPECT_GT(largest_difference, 1e-3);
}

TEST_F(ShardedSearchTest, AMissingShardIsNamedOrLeftOutWithAWarning) {
  testing::TempDir stubs;
  const auto stub = stubs.write(
      "XAPIANDB", "auto " + archive_->shard(0) + "\nauto " + archive_->shards + "/shard-09\n");
  try {
    Searcher s(stub);
    FAIL() << "opened an archive with a missing shard";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("shard 2 (" + archive_->shards + "/shard-09)"),
              std::string::npos)
        << e.what();
  }
  SearcherOptions partial;
  partial.allow_partial = true;
  const Searcher s(stub, partial);
  const auto result = s.search(testing::every_match_with_facets("", SortOrder::kRelevance));
  EXPECT_EQ(result.total_estimate, Searcher(archive_->shard(0)).article_count());
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].rfind("not searched: shard 2 (", 0), 0u) << result.warnings[0];
}

TEST_F(ShardedSearchTest, AStubLineThatCannotBeReadIsNamedByFileAndLine) {
  testing::TempDir stubs;
  const auto stub = stubs.write("XAPIANDB", "auto " + archive_->shard(0) + "\nflint old-db\n");
  try {
    Searcher s(stub);
    FAIL() << "opened a stub with an unknown line";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find(stub + ":2: unknown database type 'flint'"),
              std::string::npos)
        << e.what();
  }
  const auto bad_port = stubs.write("bad-port", "remote 127.0.0.1:http\n");
  EXPECT_THROW(Searcher{bad_port}, DatabaseError);
}

}  // namespace
}  // namespace newsarchive
