// One article that fails on its way through the pipeline costs that article only: the run goes
// on, counts it as skipped and names it, however many workers and shards there are. A failure
// of the database itself ends the run with a message that says what to do.
#include <gtest/gtest.h>
#include <xapian.h>

#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/indexer.h"
#include "temp_dir.h"

namespace newsarchive::indexer {
namespace {

constexpr int kGoodOnEachSide = 1200;

enum class Failure { kXapian, kAllocation, kParser };

void fail(Failure kind) {
  switch (kind) {
    case Failure::kXapian:
      throw Xapian::InvalidArgumentError("Term too long (> 245)");
    case Failure::kAllocation:
      throw std::bad_alloc();
    case Failure::kParser:
      throw std::invalid_argument("unreadable date");
  }
}

// Fails on the one article titled "Poison", where a real enricher or Xapian might.
class PoisonedEnricher : public Enricher {
 public:
  PoisonedEnricher(Failure kind, bool ordered) : kind_(kind), ordered_(ordered) {}
  std::string signature() const override { return "poisoned"; }
  void enrich(Article& a) const override {
    if (!ordered_ && a.title == "Poison") fail(kind_);
  }
  bool in_input_order() const override { return ordered_; }
  void enrich_in_input_order(Article& a) const override {
    if (a.title == "Poison") fail(kind_);
  }

 private:
  Failure kind_;
  bool ordered_;
};

// 1,200 good articles, the poisoned one on line 1,201, 1,200 good ones.
std::string write_articles(const testing::TempDir& dir) {
  std::string lines;
  auto good = [&](int i) {
    lines += "{\"id\":\"a" + std::to_string(i) + "\",\"title\":\"Story " + std::to_string(i) +
             "\",\"body\":\"Harbour council budget number " + std::to_string(i) + ".\"}\n";
  };
  for (int i = 0; i < kGoodOnEachSide; ++i) good(i);
  lines += "{\"id\":\"poison\",\"title\":\"Poison\",\"body\":\"The bad one.\"}\n";
  for (int i = kGoodOnEachSide; i < 2 * kGoodOnEachSide; ++i) good(i);
  return dir.write("in/articles.jsonl", lines);
}

struct Layout {
  std::size_t jobs, shards;
};

class OneBadArticle : public ::testing::TestWithParam<std::tuple<Failure, bool, Layout>> {};

TEST_P(OneBadArticle, IsSkippedAndNamedWhileEveryOtherIsIndexed) {
  const auto [kind, ordered, layout] = GetParam();
  testing::TempDir dir;
  const auto input = write_articles(dir);
  IndexOptions o;
  o.db_path = dir / "db";
  o.jobs = layout.jobs;
  o.shards = layout.shards;
  o.batch_size = 100;
  std::vector<std::string> messages;
  Indexer ix(o, [&](const std::string& m) { messages.push_back(m); });
  ix.add_enricher(std::make_unique<PoisonedEnricher>(kind, ordered));
  ix.index({input});
  const auto summary = ix.finish();

  EXPECT_EQ(summary.added, 2u * kGoodOnEachSide);
  EXPECT_EQ(summary.skipped, 1u);
  EXPECT_EQ(summary.document_count, 2u * kGoodOnEachSide);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].rfind(input + ":" + std::to_string(kGoodOnEachSide + 1) + ": ", 0), 0u)
      << messages[0];
}

std::string case_name(const ::testing::TestParamInfo<OneBadArticle::ParamType>& info) {
  static const char* kNames[] = {"Xapian", "Allocation", "Parser"};
  const auto& layout = std::get<2>(info.param);
  return std::string(kNames[static_cast<int>(std::get<0>(info.param))]) +
         (std::get<1>(info.param) ? "InOrder" : "") + "Jobs" + std::to_string(layout.jobs) +
         "Shards" + std::to_string(layout.shards);
}

INSTANTIATE_TEST_SUITE_P(
    FailuresAndLayouts, OneBadArticle,
    ::testing::Combine(::testing::Values(Failure::kXapian, Failure::kAllocation, Failure::kParser),
                       ::testing::Bool(),
                       ::testing::Values(Layout{1, 0}, Layout{2, 0}, Layout{2, 2})),
    case_name);

// Xapian cancels every uncommitted change when it refuses one document; the writer makes the
// others again, so the refused one is all that is lost.
TEST(IndexWriter, ADocumentXapianRefusesCostsOnlyItselfNotItsBatch) {
  testing::TempDir dir;
  {
    IndexWriter writer(dir / "db", 100);
    for (int i = 0; i < 5; ++i) {
      Xapian::Document doc;
      doc.add_term("word" + std::to_string(i));
      writer.write("good" + std::to_string(i), doc);
    }
    Xapian::Document refused;
    refused.add_term(std::string(300, 'x'));  // over Xapian's term limit
    EXPECT_THROW(writer.write("refused", refused), Xapian::InvalidArgumentError);
    writer.commit();
  }
  EXPECT_EQ(Xapian::Database(dir / "db").get_doccount(), 5u);
}

TEST(DatabaseFailure, NamesTheDatabaseAndSaysWhatToDo) {
  const auto full =
      database_failure("/archive/db", Xapian::DatabaseError("Error writing block 12", ENOSPC));
  const std::string message = full.what();
  EXPECT_NE(message.find("'/archive/db'"), std::string::npos) << message;
  EXPECT_NE(message.find("the disk is full: free some space and run news-index again"),
            std::string::npos)
      << message;
  const auto corrupt = database_failure("/archive/db", Xapian::DatabaseCorruptError("bad block"));
  EXPECT_NE(std::string(corrupt.what()).find("xapian-check"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer
