// SearchRequest::time_limit: a search that runs past it stops with TimeLimitError, whatever step
// it is in (the page's match, counting facets over every match); one within it answers exactly
// what the same search without a limit answers.
#include <gtest/gtest.h>

#include <fstream>

#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

using namespace std::chrono_literals;

class TimeLimitTest : public ::testing::Test {
 protected:
  // 40,000 articles that all match "harbour": counting their facets reads every one.
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    const std::string input = *dir_ / "many.jsonl";
    std::ofstream out(input);
    for (int i = 0; i < 40000; ++i)
      out << R"({"id":"a)" << i << R"(","title":"Harbour report )" << i << R"(","date":"2024-0)"
          << 1 + i % 9 << "-1" << i % 10 << R"(","body":"The harbour council met on budget item )"
          << i << ".\"}\n";
    out.close();
    testing::index_files(db(), {input});
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string db() { return *dir_ / "db"; }

  static SearchRequest costly() {
    SearchRequest r;
    r.query = "harbour";
    r.facets = {{"date", 10}};
    r.exact_total = true;
    r.collapse_duplicates = false;
    return r;
  }
  static testing::TempDir* dir_;
};
testing::TempDir* TimeLimitTest::dir_ = nullptr;

TEST_F(TimeLimitTest, ASearchPastItsLimitStopsWithTimeLimitError) {
  const Searcher searcher(db());
  SearchRequest r = costly();
  r.time_limit = 1ms;
  try {
    (void)searcher.search(r);
    ADD_FAILURE() << "counting 40,000 matches took under a millisecond";
  } catch (const TimeLimitError& e) {
    EXPECT_NE(std::string(e.what()).find("limit of 1 ms"), std::string::npos) << e.what();
  }
  // The searcher goes on serving: the next search, without a limit, answers.
  EXPECT_EQ(searcher.search(costly()).total_lower_bound, 40000u);
}

TEST_F(TimeLimitTest, ASearchWithinItsLimitAnswersAsWithoutOne) {
  const Searcher searcher(db());
  const SearchResult unlimited = searcher.search(costly());
  SearchRequest r = costly();
  r.time_limit = 600s;
  const SearchResult limited = searcher.search(r);
  EXPECT_EQ(limited.total_lower_bound, unlimited.total_lower_bound);
  EXPECT_EQ(limited.total_upper_bound, unlimited.total_upper_bound);
  ASSERT_EQ(limited.hits.size(), unlimited.hits.size());
  for (std::size_t i = 0; i < limited.hits.size(); ++i)
    EXPECT_EQ(limited.hits[i].id, unlimited.hits[i].id);
  ASSERT_EQ(limited.facets.size(), 1u);
  ASSERT_EQ(limited.facets[0].values.size(), unlimited.facets[0].values.size());
  for (std::size_t i = 0; i < limited.facets[0].values.size(); ++i)
    EXPECT_EQ(limited.facets[0].values[i].count, unlimited.facets[0].values[i].count);
}

}  // namespace
}  // namespace newsarchive
