#include "newsarchive/indexer/indexer.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/indexer/index_writer.h"
#include "temp_dir.h"

namespace newsarchive::indexer {
namespace {

struct Run {
  IndexSummary summary;
  std::vector<std::string> messages;
};

IndexOptions options_for(const std::string& db) {
  IndexOptions o;
  o.db_path = db;
  return o;
}

Run index_into(const std::string& db, const std::vector<std::string>& inputs) {
  Run r;
  Indexer ix(options_for(db), [&](const std::string& m) { r.messages.push_back(m); });
  ix.index(inputs);
  r.summary = ix.finish();
  return r;
}

TEST(Indexer, ReindexingTheSameInputKeepsTheCount) {
  testing::TempDir dir;
  dir.write("in/a.txt", "Title: A\nDate: 2023-01-02\n\nFirst article body.");
  dir.write("in/b.jsonl",
            "{\"title\":\"B\",\"body\":\"second\"}\n{\"title\":\"C\",\"body\":\"third\"}\n");
  auto first = index_into(dir / "db", {dir / "in"});
  EXPECT_EQ(first.summary.added, 3u);
  EXPECT_EQ(first.summary.document_count, 3u);
  auto second = index_into(dir / "db", {dir / "in"});
  EXPECT_EQ(second.summary.added, 0u);
  EXPECT_EQ(second.summary.unchanged, 3u);
  EXPECT_EQ(second.summary.document_count, 3u);
}

// Whether an archive indexes stems is fixed when it is created, whatever later runs ask.
TEST(Indexer, SearchTimeStemmingIsChosenWhenTheArchiveIsCreated) {
  testing::TempDir dir;
  const auto a = dir.write("a.txt", "Id: a\nTitle: Elections\n\nThe elections were held.");
  const auto b = dir.write("b.txt", "Id: b\nTitle: Voters\n\nVoters elected a mayor.");
  for (const std::size_t shards : {0u, 2u}) {
    const std::string db = dir / ("words-" + std::to_string(shards));
    auto o = options_for(db);
    o.search_time_stemming = true;
    o.shards = shards;
    {
      Indexer ix(o, [](const std::string&) {});
      ix.index({a});
      ix.finish();
    }
    index_into(db, {b});  // a later run without the option keeps the archive's way
    Xapian::Database words(db);
    EXPECT_EQ(words.get_doccount(), 2u);
    EXPECT_EQ(words.get_metadata(std::string(schema::kStemsKey)), schema::kStemsAtSearch);
    EXPECT_TRUE(words.term_exists("elected"));
    EXPECT_FALSE(words.term_exists("Zelect")) << shards;
  }
  index_into(dir / "stems", {a});
  EXPECT_TRUE(Xapian::Database(dir / "stems").term_exists("Zelect"));
  auto o = options_for(dir / "stems");
  o.search_time_stemming = true;
  try {
    Indexer ix(o, [](const std::string&) {});
    FAIL() << "an archive that indexes stems took search-time stemming";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("indexes stems"), std::string::npos);
  }
}

TEST(Indexer, AChangedArticleIsReplacedNotDuplicated) {
  testing::TempDir dir;
  const auto path = dir.write("a.txt", "Id: same\nTitle: Old\n\nOld body.");
  index_into(dir / "db", {path});
  dir.write("a.txt", "Id: same\nTitle: New\n\nNew body.");
  const auto run = index_into(dir / "db", {path});
  EXPECT_EQ(run.summary.replaced, 1u);
  EXPECT_EQ(run.summary.document_count, 1u);
  Xapian::Database db(dir / "db");
  auto it = db.postlist_begin("Qsame");
  ASSERT_NE(it, db.postlist_end("Qsame"));
  EXPECT_EQ(stored::decode_data(db.get_document(*it).get_data()).title, "New");
}

TEST(Indexer, BadRecordsAreSkippedCountedAndNamed) {
  testing::TempDir dir;
  const auto path = dir.write("f.jsonl", "{\"title\":\"ok\",\"body\":\"x\"}\nnot json\n");
  const auto run = index_into(dir / "db", {path, dir / "absent.txt"});
  EXPECT_EQ(run.summary.added, 1u);
  EXPECT_EQ(run.summary.skipped, 2u);
  ASSERT_EQ(run.messages.size(), 2u);
  EXPECT_EQ(run.messages[0], dir / "absent.txt" + ": no such file or directory");
  EXPECT_EQ(run.messages[1], path + ":2: not valid JSON");
  EXPECT_NE(run.summary.line().find("skipped 2"), std::string::npos);
}

TEST(Indexer, InvalidUtf8IsRepairedNotDropped) {
  testing::TempDir dir;
  const auto path = dir.write("latin1.txt", "Title: Caf\xE9 society\n\nThe caf\xE9 opened.");
  const auto run = index_into(dir / "db", {path});
  EXPECT_EQ(run.summary.added, 1u);
  EXPECT_EQ(run.summary.bytes_repaired, 2u);
  Xapian::Database db(dir / "db");
  const auto data = stored::decode_data(db.get_document(1).get_data());
  EXPECT_EQ(data.title, "Caf\uFFFD society");
}

TEST(Indexer, RemoveDeletesById) {
  testing::TempDir dir;
  index_into(dir / "db", {dir.write("a.txt", "Id: gone\n\nBody.")});
  Indexer ix(options_for(dir / "db"), [](const std::string&) {});
  ix.remove({"gone", "never-was"});
  const auto s = ix.finish();
  EXPECT_EQ(s.removed, 1u);
  EXPECT_EQ(s.document_count, 0u);
}

TEST(Indexer, ASecondWriterIsToldTheDatabaseIsLockedAndByWhichProcess) {
  testing::TempDir dir;
  IndexWriter first(dir / "db", 10);
  try {
    IndexWriter second(dir / "db", 10);
    FAIL() << "two writers opened the same database";
  } catch (const IndexError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("database is locked"), std::string::npos) << message;
    EXPECT_NE(message.find("(process " + std::to_string(::getpid()) + ")"), std::string::npos)
        << message;
  }
}

TEST(Indexer, ADatabaseOfAnotherSchemaVersionIsRefused) {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
    db.set_metadata(std::string(schema::kVersionKey), "0");
    db.add_document(Xapian::Document());
    db.commit();
  }
  try {
    Indexer ix(options_for(dir / "db"), [](const std::string&) {});
    FAIL() << "indexed into a database of another schema version";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 0"), std::string::npos);
  }
}

}  // namespace
}  // namespace newsarchive::indexer
