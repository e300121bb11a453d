// Shards served by xapian-tcpsrv on 127.0.0.1 (Xapian's remote backend), mixed with a local one:
// the same results as one database, and a server that dies is named or left out.
#include <gtest/gtest.h>

#include "newsarchive/searcher.h"
#include "shard_fixture.h"
#include "shard_result_comparison.h"
#include "tcp_shard_server.h"

namespace newsarchive {
namespace {

class RemoteShardsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { archive_ = new testing::ShardedArchive; }
  static void TearDownTestSuite() { delete archive_; }
  void SetUp() override {
    if (std::system("command -v xapian-tcpsrv >/dev/null 2>&1") != 0)
      GTEST_SKIP() << "xapian-tcpsrv (Debian package xapian-tools) is not installed";
    second_ = std::make_unique<testing::TcpShardServer>(archive_->shard(1));
    third_ = std::make_unique<testing::TcpShardServer>(archive_->shard(2));
    stub_ =
        stubs_.write("XAPIANDB", "auto " + archive_->shard(0) + "\nremote " + second_->address() +
                                     "\nremote " + third_->address() + "\n");
  }
  static testing::ShardedArchive* archive_;
  testing::TempDir stubs_;
  std::unique_ptr<testing::TcpShardServer> second_, third_;
  std::string stub_;
};
testing::ShardedArchive* RemoteShardsTest::archive_ = nullptr;

TEST_F(RemoteShardsTest, RankingTotalsFacetsAndHistogramEqualOneDatabase) {
  const Searcher single(archive_->single), sharded(stub_);
  for (const auto sort : {SortOrder::kRelevance, SortOrder::kNewest}) {
    for (const char* query : {"", "harbour", "storm OR flood", "bank rates inflation"}) {
      SCOPED_TRACE(std::string("query '") + query + "'");
      const auto request = testing::every_match_with_facets(query, sort);
      testing::expect_same_result(sharded.search(request), single.search(request));
    }
  }
  const auto one =
      single.search(testing::every_match_with_facets("harbour", SortOrder::kRelevance));
  ASSERT_FALSE(one.hits.empty());
  const auto article = sharded.article(one.hits.back().id);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, one.hits.back().title);
}

TEST_F(RemoteShardsTest, OldestFirstIsRefusedClearlyOverRemoteShards) {
  // Xapian's server takes no custom sort key, and a plain value sort puts undated first.
  EXPECT_THROW(Searcher(stub_).search(testing::every_match_with_facets("", SortOrder::kOldest)),
               QueryError);
}

TEST_F(RemoteShardsTest, AServerThatIsDownAtOpeningIsNamed) {
  third_->stop();
  try {
    Searcher s(stub_);
    FAIL() << "opened an archive whose third shard is down";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("shard 3 (" + third_->address() + "): "),
              std::string::npos)
        << e.what();
  }
}

TEST_F(RemoteShardsTest, AServerThatDiesBetweenSearchesIsNamedOrLeftOut) {
  const Searcher strict(stub_);
  SearcherOptions options;
  options.allow_partial = true;
  const Searcher partial(stub_, options);
  const auto request = testing::every_match_with_facets("", SortOrder::kRelevance);
  EXPECT_EQ(strict.search(request).total_estimate, Searcher(archive_->single).article_count());
  EXPECT_TRUE(partial.search(request).warnings.empty());

  second_->stop();  // both searchers hold a connection to it
  try {
    strict.search(request);
    FAIL() << "searched although shard 2 is down";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("shard 2 (" + second_->address() + "): "),
              std::string::npos)
        << e.what();
  }
  const auto rest = partial.search(request);
  EXPECT_EQ(rest.total_estimate, Searcher(archive_->single).article_count() -
                                     Searcher(archive_->shard(1)).article_count());
  ASSERT_EQ(rest.warnings.size(), 1u);
  EXPECT_EQ(rest.warnings[0].rfind("not searched: shard 2 (" + second_->address() + "): ", 0), 0u)
      << rest.warnings[0];
}

}  // namespace
}  // namespace newsarchive
