// news-index --shards N and --jobs J on the command line: a sharded archive searches like one
// database, re-runs find their shard, and a second writer is told the archive is locked.
#include <gtest/gtest.h>
#include <xapian.h>

#include <nlohmann/json.hpp>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

const std::string kSampleData = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data";

class ShardsTest : public ::testing::Test {
 protected:
  testing::CommandResult index(const std::string& db, const std::string& args) {
    return run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(db) + " " + args);
  }
  nlohmann::json search(const std::string& db, const std::string& args) {
    const auto r =
        run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(db) + " --json " + args);
    EXPECT_LE(r.status, 1) << r.err;
    auto j = nlohmann::json::parse(r.out);
    // Which database a hit came from is no part of the answer, nor which copy's id names a
    // near-duplicate cluster: that depends on the order parallel workers reach the copies.
    for (auto& hit : j["hits"]) {
      hit.erase("docid");
      hit.erase("cluster");
    }
    return j;
  }
  testing::TempDir dir_;
  std::string single_ = dir_ / "single", sharded_ = dir_ / "sharded";
};

TEST_F(ShardsTest, AShardedArchiveAnswersLikeOneDatabase) {
  ASSERT_EQ(index(single_, "--jobs 1 " + shell_quote(kSampleData)).status, 0);
  const auto ix = index(sharded_, "--shards 3 --jobs 2 " + shell_quote(kSampleData));
  ASSERT_EQ(ix.status, 0) << ix.err;
  for (const std::string query :
       {"harbour", "Khamenei", "'storm OR flood* OR prices'", "'org:Hamas' --facets person,place",
        "market --sort newest --facets date"}) {
    // Everything, totals included, without collapsing near-duplicates...
    EXPECT_EQ(search(sharded_, query + " --no-collapse"), search(single_, query + " --no-collapse"))
        << query;
    // ...and the same hits with it (estimated totals of collapsed results may differ).
    EXPECT_EQ(search(sharded_, query)["hits"], search(single_, query)["hits"]) << query;
  }
}

TEST_F(ShardsTest, ARerunRoutesEveryArticleToItsShard) {
  ASSERT_EQ(index(sharded_, "--shards 2 " + shell_quote(kSampleData)).status, 0);
  const auto again = index(sharded_, "--shards 2 " + shell_quote(kSampleData));
  EXPECT_NE(again.err.find("indexed 0 (new 0, replaced 0)"), std::string::npos) << again.err;
  const auto removed = index(sharded_, "--remove courier-2024-0318-bridge");
  EXPECT_EQ(removed.status, 0) << removed.err;
  EXPECT_NE(removed.err.find("removed 1"), std::string::npos) << removed.err;
  EXPECT_EQ(search(sharded_, "'id:courier-2024-0318-bridge'")["hits"].size(), 0u);
}

TEST_F(ShardsTest, ADifferentShardCountIsAnError) {
  ASSERT_EQ(index(sharded_, "--shards 2 " + shell_quote(kSampleData)).status, 0);
  const auto r = index(sharded_, "--shards 4 " + shell_quote(kSampleData));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("is 2 shards; --shards 4"), std::string::npos) << r.err;
}

TEST_F(ShardsTest, ASecondIndexerIsToldTheArchiveIsLocked) {
  ASSERT_EQ(index(sharded_, "--shards 2 " + shell_quote(kSampleData)).status, 0);
  Xapian::WritableDatabase holder(sharded_ + "/shard-00", Xapian::DB_OPEN);
  const auto r = index(sharded_, shell_quote(kSampleData));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("database is locked"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newsarchive
