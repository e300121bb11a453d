#include "newsarchive/indexer/dedup/duplicate_detector.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <set>
#include <thread>

#include "newsarchive/indexer/document_builder.h"
#include "story_texts.h"
#include "temp_dir.h"

namespace newsarchive::indexer::dedup {
namespace {

using testing::kEditedCopy;
using testing::kSameSubject;
using testing::kWireStory;
using testing::unrelated_story;

Article article(std::string id, std::string body) {
  Article a;
  a.id = std::move(id);
  a.title = "Headline of " + a.id;
  a.body = std::move(body);
  return a;
}

DuplicateOptions with_database(std::string path) {
  DuplicateOptions o;
  o.db_path = std::move(path);
  return o;
}

std::string cluster_of(DuplicateDetector& d, std::string id, std::string body) {
  auto a = article(std::move(id), std::move(body));
  d.assign(a);
  return a.cluster;
}

TEST(DuplicateDetector, AnEditedCopyJoinsTheFirstCopysCluster) {
  DuplicateDetector d(DuplicateOptions{});
  EXPECT_EQ(cluster_of(d, "wire", kWireStory), "wire");
  EXPECT_EQ(cluster_of(d, "reprint", kEditedCopy), "wire");
}

TEST(DuplicateDetector, UnrelatedArticlesAndFollowUpsKeepTheirOwnKey) {
  DuplicateDetector d(DuplicateOptions{});
  cluster_of(d, "wire", kWireStory);
  EXPECT_EQ(cluster_of(d, "follow-up", kSameSubject), "follow-up");
  for (int i = 0; i < 50; ++i) {
    const std::string id = "other" + std::to_string(i);
    EXPECT_EQ(cluster_of(d, id, unrelated_story(static_cast<std::uint64_t>(i))), id);
  }
}

// A template filled in weeks later ("Fed holds rates steady", a weekly factbox) is a new story.
TEST(DuplicateDetector, CopiesMustBePublishedWithinAWeekOfEachOther) {
  using std::chrono::days;
  const Timestamp monday{std::chrono::sys_days{std::chrono::year{2024} / 3 / 11}};
  DuplicateDetector d(DuplicateOptions{});
  auto wire = article("wire", kWireStory), next_day = article("next-day", kEditedCopy),
       next_month = article("next-month", kEditedCopy), undated = article("undated", kEditedCopy);
  wire.published = monday;
  next_day.published = monday + days(1);
  next_month.published = monday + days(30);
  for (auto* a : {&wire, &next_day, &next_month, &undated}) d.assign(*a);
  EXPECT_EQ(next_day.cluster, "wire");
  EXPECT_EQ(next_month.cluster, "next-month");
  EXPECT_EQ(undated.cluster, "wire");
}

// Two dividend notices of different companies (Reuters-21578) share half their shingles; only
// a copy that differs in case or punctuation alone counts.
TEST(DuplicateDetector, ShortTemplatedTextsNeedToBeCloserCopies) {
  const auto notice = [](const std::string& company, const std::string& pay) {
    return company + " said its board declared a quarterly dividend of 12-1/2 cts vs 12-1/2 cts " +
           "prior, payable " + pay + " to holders of record March 20. Reuter";
  };
  const auto a = minhash(notice("D.H. Holmes Co Ltd", "April one")),
             b = minhash(notice("Trinity Industries Inc", "April 30")),
             c = minhash(notice("D.H. HOLMES CO. LTD.", "April one"));
  ASSERT_TRUE(a && b && c);
  ASSERT_LT(a->shingles, 40u);
  EXPECT_FALSE(near_duplicates(*a, *b, DuplicateOptions{}));
  EXPECT_TRUE(near_duplicates(*a, *c, DuplicateOptions{}));
}

// Reuters-21578 prints the same notice for two companies, the company named only in the headline.
TEST(DuplicateDetector, ShortNoticesAreToldApartByTheirHeadlines) {
  const std::string body =
      "Qtly div four cts vs four cts prior Pay April 15 Record March 31 Reuter";
  DuplicateDetector d(DuplicateOptions{});
  auto kenan = article("kenan", body), autoclave = article("autoclave", body),
       kenan_again = article("kenan-again", body);
  kenan.title = kenan_again.title = "KENAN TRANSPORT CO <KTCO> SETS QUARTERLY";
  autoclave.title = "AUTOCLAVE ENGINEERS INC <ACLV> QTLY DIVIDEND";
  for (auto* a : {&kenan, &autoclave, &kenan_again}) d.assign(*a);
  EXPECT_EQ(autoclave.cluster, "autoclave");
  EXPECT_EQ(kenan_again.cluster, "kenan");
}

TEST(DuplicateDetector, ShortArticlesAreTheirOwnCluster) {
  DuplicateDetector d(DuplicateOptions{});
  EXPECT_EQ(cluster_of(d, "a", "Shares rose."), "a");
  auto b = article("b", "Shares rose.");
  d.assign(b);
  EXPECT_EQ(b.cluster, "b");
  EXPECT_TRUE(b.duplicate_signature.empty());
}

TEST(DuplicateDetector, TheSignatureIsSetForStoring) {
  DuplicateDetector d(DuplicateOptions{});
  auto a = article("wire", kWireStory);
  d.assign(a);
  EXPECT_EQ(decode(a.duplicate_signature), minhash(kWireStory));
}

TEST(DuplicateDetector, EitherOrderGivesOneCluster) {
  DuplicateDetector d(DuplicateOptions{});
  EXPECT_EQ(cluster_of(d, "reprint", kEditedCopy), "reprint");
  EXPECT_EQ(cluster_of(d, "wire", kWireStory), "reprint");
}

// Workers that process copies of one story at the same moment must still put them together.
TEST(DuplicateDetector, CopiesIndexedByManyThreadsAtOnceShareOneCluster) {
  DuplicateDetector d(DuplicateOptions{});
  constexpr int kThreads = 8;
  std::vector<std::string> copies(kThreads), others(kThreads);
  std::vector<std::thread> workers;
  for (int t = 0; t < kThreads; ++t)
    workers.emplace_back([&, t] {
      const auto id = std::to_string(t);
      others[t] = cluster_of(d, "other" + id, unrelated_story(static_cast<std::uint64_t>(t)));
      copies[t] = cluster_of(d, "copy" + id, (t % 2 ? kWireStory : kEditedCopy) + " " + id);
    });
  for (auto& w : workers) w.join();
  EXPECT_EQ(std::set<std::string>(copies.begin(), copies.end()).size(), 1u);
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(others[t], "other" + std::to_string(t));
}

TEST(DuplicateDetector, MemoryHoldsOnlyTheMostRecentArticles) {
  DuplicateOptions o;
  o.memory_articles = 3;
  DuplicateDetector d(o);
  cluster_of(d, "wire", kWireStory);
  for (int i = 0; i < 3; ++i) cluster_of(d, "other" + std::to_string(i), unrelated_story(i));
  EXPECT_EQ(cluster_of(d, "reprint", kEditedCopy), "reprint");
}

// Articles of an earlier run are found through the signatures stored in the database.
class EarlierRun : public ::testing::Test {
 protected:
  void store(const Article& a) {
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    db.add_document(DocumentBuilder("en").build(a));
    db.commit();
  }
  newsarchive::testing::TempDir dir_;
  std::string path_ = dir_ / "db";
};

TEST_F(EarlierRun, ACopyJoinsAClusterFromAnEarlierRun) {
  {
    DuplicateDetector first(with_database(path_));
    auto wire = article("wire", kWireStory);
    first.assign(wire);
    store(wire);
  }
  DuplicateDetector second(with_database(path_));
  EXPECT_EQ(cluster_of(second, "reprint", kEditedCopy), "wire");
  EXPECT_EQ(cluster_of(second, "follow-up", kSameSubject), "follow-up");
}

TEST_F(EarlierRun, ReindexingAnArticleKeepsItsKeyAndDoesNotMatchItself) {
  {
    DuplicateDetector first(with_database(path_));
    auto wire = article("wire", kWireStory), reprint = article("reprint", kEditedCopy);
    first.assign(wire);
    first.assign(reprint);
    store(wire);
    store(reprint);
  }
  DuplicateDetector again(with_database(path_));
  EXPECT_EQ(cluster_of(again, "wire", kWireStory), "wire");
  EXPECT_EQ(cluster_of(again, "reprint", kEditedCopy), "wire");
}

TEST(DuplicateDetector, AMissingDatabaseMeansNoEarlierArticles) {
  newsarchive::testing::TempDir dir;
  DuplicateDetector d(with_database(dir / "nothing-here"));
  EXPECT_EQ(cluster_of(d, "wire", kWireStory), "wire");
}

TEST(DuplicateDetector, SignatureNamesTheParameters) {
  DuplicateOptions o;
  const auto base = DuplicateDetector(o).signature();
  o.min_jaccard = 0.6;
  EXPECT_NE(DuplicateDetector(o).signature(), base);
}

}  // namespace
}  // namespace newsarchive::indexer::dedup
