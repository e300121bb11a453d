// The indexer on several threads and several shards: the same archive as one thread writes,
// re-runs that find each article's shard again, and interrupted builds that finish next time.
#include <gtest/gtest.h>
#include <xapian.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/indexer/enrichers/mentioned_dates_enricher.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/indexer.h"
#include "newsarchive/indexer/shard_layout.h"
#include "temp_dir.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

IndexOptions options(const std::string& db, std::size_t jobs, std::size_t shards = 0) {
  IndexOptions o;
  o.db_path = db;
  o.jobs = jobs;
  o.shards = shards;
  o.batch_size = 7;  // several commits per shard even on small inputs
  return o;
}

std::unique_ptr<Indexer> indexer(const IndexOptions& o) {
  auto ix = std::make_unique<Indexer>(o, [](const std::string&) {});
  ix->add_enricher(std::make_unique<MentionedDatesEnricher>());
  return ix;
}

IndexSummary run(const IndexOptions& o, const std::vector<std::string>& inputs) {
  auto ix = indexer(o);
  ix->index(inputs);
  return ix->finish();
}

// Sixty articles of JSON Lines, with dates for the enricher; `edit` changes article 17's body.
std::string write_articles(const testing::TempDir& dir, const std::string& edit = "") {
  std::string lines;
  for (int i = 0; i < 60; ++i)
    lines += "{\"id\":\"art-" + std::to_string(i) + "\",\"title\":\"Story " + std::to_string(i) +
             "\",\"date\":\"2024-03-" + std::to_string(10 + i % 15) +
             "\",\"body\":\"Markets moved on Monday, story number " + std::to_string(i) +
             (i == 17 ? edit : "") + ".\"}\n";
  return dir.write("in/articles.jsonl", lines);
}

// Every article as id -> (terms, values, data), to compare archives written differently.
std::map<std::string, std::string> contents(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    std::string all;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
      all += *t + "@" + std::to_string(t.get_wdf()) + " ";
    // The indexing sequence says when an article was written, not what it holds.
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      if (v.get_valueno() != schema::slot(schema::Field::kIndexSequence))
        all += std::to_string(v.get_valueno()) + "=" + *v + " ";
    const auto data = stored::decode_data(doc.get_data());
    EXPECT_FALSE(out.contains(data.id)) << "duplicate " << data.id;
    out[data.id] = all + data.title + "\n" + data.body + "\n" + data.url;
  }
  return out;
}

// Each matching article's id and weight for a free-text query.
std::map<std::string, double> weights(const std::string& path, const std::string& query) {
  Xapian::Database db(path);
  Xapian::QueryParser parser;
  parser.set_database(db);
  Xapian::Enquire enquire(db);
  enquire.set_query(parser.parse_query(query));
  std::map<std::string, double> out;
  const auto mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it)
    out[stored::decode_data(it.get_document().get_data()).id] = it.get_weight();
  return out;
}

Xapian::doccount count_in(const fs::path& path) {
  return Xapian::Database(path.string()).get_doccount();
}

TEST(ParallelIndexer, ManyJobsWriteTheSameDocumentsAsOne) {
  testing::TempDir dir;
  const auto input = write_articles(dir);
  run(options(dir / "serial", 1), {input});
  const auto parallel = run(options(dir / "parallel", 4), {input});
  EXPECT_EQ(parallel.added, 60u);
  EXPECT_EQ(parallel.document_count, 60u);
  EXPECT_EQ(contents(dir / "parallel"), contents(dir / "serial"));
  // A parallel build of a new archive ends as one database: no stub, no shards left.
  EXPECT_TRUE(fs::exists(dir.path() / "parallel" / "iamglass"));
  EXPECT_FALSE(fs::exists(dir.path() / "parallel" / "XAPIANDB"));
  EXPECT_FALSE(fs::exists(shard_path(dir.path() / "parallel", 0)));
}

TEST(ParallelIndexer, ShardsOpenAsOneArchiveWithTheSameResults) {
  testing::TempDir dir;
  const auto input = write_articles(dir);
  run(options(dir / "single", 1), {input});
  const auto sharded = run(options(dir / "sharded", 2, 3), {input});
  EXPECT_EQ(sharded.document_count, 60u);
  EXPECT_TRUE(fs::exists(dir.path() / "sharded" / "XAPIANDB"));
  for (std::size_t i = 0; i < 3; ++i) EXPECT_GT(count_in(shard_path(dir / "sharded", i)), 0u);
  EXPECT_EQ(contents(dir / "sharded"), contents(dir / "single"));

  // A query weighs each article the same over the shards as over one database (Xapian sums the
  // statistics of all shards).
  EXPECT_EQ(weights(dir / "sharded", "markets story"), weights(dir / "single", "markets story"));
}

TEST(ParallelIndexer, ARerunFindsEachArticleInItsShard) {
  testing::TempDir dir;
  const auto db = dir / "db";
  run(options(db, 2, 3), {write_articles(dir)});
  std::vector<Xapian::doccount> before;
  for (std::size_t i = 0; i < 3; ++i) before.push_back(count_in(shard_path(db, i)));

  const auto again = run(options(db, 2, 3), {write_articles(dir)});
  EXPECT_EQ(again.unchanged, 60u);
  EXPECT_EQ(again.indexed(), 0u);

  const auto edited = run(options(db, 2, 3), {write_articles(dir, " and then some")});
  EXPECT_EQ(edited.replaced, 1u);
  EXPECT_EQ(edited.unchanged, 59u);
  EXPECT_EQ(edited.document_count, 60u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(count_in(shard_path(db, i)), before[i]);
  EXPECT_NE(contents(db)["art-17"].find("then some"), std::string::npos);

  Indexer remover(options(db, 2, 3), [](const std::string&) {});
  remover.remove({"art-17", "art-18"});
  const auto removed = remover.finish();
  EXPECT_EQ(removed.removed, 2u);
  EXPECT_EQ(removed.document_count, 58u);
  EXPECT_FALSE(contents(db).contains("art-17"));
}

TEST(ParallelIndexer, AnotherShardCountOnAnExistingArchiveIsRefused) {
  testing::TempDir dir;
  run(options(dir / "sharded", 2, 3), {write_articles(dir)});
  EXPECT_THROW(Indexer(options(dir / "sharded", 2, 2), [](const std::string&) {}), IndexError);
  run(options(dir / "single", 1), {write_articles(dir)});
  try {
    Indexer ix(options(dir / "single", 2, 2), [](const std::string&) {});
    FAIL() << "re-sharded a single database";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("is one database; --shards 2"), std::string::npos)
        << e.what();
  }
  // Leaving --shards out keeps whatever layout the archive has.
  EXPECT_EQ(run(options(dir / "sharded", 2), {write_articles(dir)}).unchanged, 60u);
  EXPECT_TRUE(fs::exists(dir.path() / "sharded" / "XAPIANDB"));
}

TEST(ParallelIndexer, ASecondIndexerOnAShardedArchiveIsToldItIsLocked) {
  testing::TempDir dir;
  Indexer first(options(dir / "db", 2, 2), [](const std::string&) {});
  try {
    Indexer second(options(dir / "db", 2, 2), [](const std::string&) {});
    FAIL() << "two indexers opened the same shards";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("database is locked"), std::string::npos) << e.what();
  }
}

TEST(ParallelIndexer, AnInterruptedParallelBuildIsReadableAndTheNextRunFinishesIt) {
  testing::TempDir dir;
  const auto db = dir / "db";
  {
    // Stopped before finish(): what was committed stays, as after a kill between batches.
    indexer(options(db, 2))
        ->index({dir.write("first.jsonl", "{\"id\":\"early\",\"title\":\"Early\"}\n")});
  }
  EXPECT_TRUE(fs::exists(dir.path() / "db" / "XAPIANDB"));
  EXPECT_EQ(count_in(db), 1u);  // readable as one archive while sharded

  const auto resumed = run(options(db, 2), {write_articles(dir), dir / "first.jsonl"});
  EXPECT_EQ(resumed.added, 60u);
  EXPECT_EQ(resumed.unchanged, 1u);
  EXPECT_EQ(resumed.document_count, 61u);
  EXPECT_TRUE(fs::exists(dir.path() / "db" / "iamglass"));
  EXPECT_FALSE(fs::exists(dir.path() / "db" / "XAPIANDB"));
  EXPECT_EQ(contents(db).size(), 61u);
}

TEST(ParallelIndexer, AMergeStoppedAfterTheSwapIsTidiedByTheNextRun) {
  testing::TempDir dir;
  const auto db = dir / "db";
  { indexer(options(db, 2))->index({write_articles(dir)}); }
  merge_shards(db, 2);  // the swap happened; the shards and stub were not yet removed
  EXPECT_EQ(count_in(db), 60u);
  const auto next = run(options(db, 2), {write_articles(dir)});
  EXPECT_EQ(next.unchanged, 60u);
  EXPECT_FALSE(fs::exists(dir.path() / "db" / "XAPIANDB"));
  EXPECT_FALSE(fs::exists(shard_path(db, 0)));
}

TEST(ParallelIndexer, FinishPassesRunOnEveryShardBeforeTheMerge) {
  testing::TempDir dir;
  Indexer ix(options(dir / "db", 2), [](const std::string&) {});
  std::atomic<int> calls = 0;  // the shards finish on threads of their own
  ix.add_finish_pass([&](Xapian::WritableDatabase& shard) {
    ++calls;
    shard.add_spelling("zeppelin");
  });
  ix.index({write_articles(dir)});
  ix.finish();
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(Xapian::Database(dir / "db").get_spelling_suggestion("zepelin"), "zeppelin");
}

// Each shard finishes on a thread of its own: a pass on one shard sees the other shard's pass
// start while it waits. Run one after the other, the first pass would wait in vain.
TEST(ParallelIndexer, ShardsFinishAtTheSameTime) {
  testing::TempDir dir;
  Indexer ix(options(dir / "db", 2), [](const std::string&) {});
  std::atomic<int> started = 0, saw_both = 0;
  ix.add_finish_pass([&](Xapian::WritableDatabase&) {
    ++started;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (started < 2 && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (started == 2) ++saw_both;
  });
  ix.index({write_articles(dir)});
  ix.finish();
  EXPECT_EQ(saw_both, 2);
}

class FailingEnricher final : public Enricher {
 public:
  std::string signature() const override { return "failing"; }
  void enrich(Article& a) const override {
    if (a.id == "art-33") throw DatabaseFailure("database 'db' failed on art-33");
  }
};

// An article's own failure skips that article (failure_isolation_test.cpp); the database's
// stops the run.
TEST(ParallelIndexer, ADatabaseFailureInAWorkerStopsTheRunAndReachesTheCaller) {
  testing::TempDir dir;
  Indexer ix(options(dir / "db", 3), [](const std::string&) {});
  ix.add_enricher(std::make_unique<FailingEnricher>());
  try {
    ix.index({write_articles(dir)});
    FAIL() << "the worker's error was lost";
  } catch (const DatabaseFailure& e) {
    EXPECT_EQ(std::string(e.what()), "database 'db' failed on art-33");
  }
}

TEST(ShardLayout, RoutingIsStableAndSpreadsArticles) {
  // Fixed values: a change here would send existing articles to other shards.
  EXPECT_EQ(shard_for("art-0", 1), 0u);
  std::set<std::size_t> used;
  for (int i = 0; i < 100; ++i) used.insert(shard_for("id-" + std::to_string(i), 4));
  EXPECT_EQ(used.size(), 4u);
  EXPECT_EQ(shard_for("https://example.com/a", 16), shard_for("https://example.com/a", 16));
}

TEST(ShardLayout, AStubNewsIndexDidNotWriteIsRefused) {
  testing::TempDir dir;
  dir.write("db/XAPIANDB", "remote tcp 10.0.0.1:33333\n");
  EXPECT_THROW(read_layout(dir / "db"), IndexError);
}

}  // namespace
}  // namespace newsarchive::indexer
