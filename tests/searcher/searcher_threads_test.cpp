#include <gtest/gtest.h>

#include <thread>

#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

// One Searcher shared by several threads gives every thread the answer a lone thread gets.
TEST(SearcherThreads, ConcurrentSearchesAgreeWithSerialOnes) {
  testing::TempDir dir;
  std::vector<std::pair<std::string, std::string>> articles;
  for (int i = 0; i < 60; ++i)
    articles.push_back({"a" + std::to_string(i) + ".txt",
                        "Id: a" + std::to_string(i) + "\nTitle: Report " + std::to_string(i) +
                            "\n\n" + std::string(i % 5 == 0 ? "bank rates " : "weather ") +
                            (i % 3 == 0 ? "harbour storm" : "market shares") + " item " +
                            std::to_string(i)});
  testing::index_articles(dir, dir / "db", articles);
  const Searcher searcher(dir / "db");
  const std::vector<std::string> queries{"bank", "storm", "market shares", "weather -storm",
                                         "\"harbour storm\""};
  std::vector<std::vector<std::string>> expected;
  for (const auto& q : queries) {
    SearchRequest r;
    r.query = q;
    r.limit = 50;
    std::vector<std::string> ids;
    for (const auto& h : searcher.search(r).hits) ids.push_back(h.id);
    expected.push_back(ids);
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 40; ++round) {
        const std::size_t qi = static_cast<std::size_t>(round + t) % queries.size();
        SearchRequest r;
        r.query = queries[qi];
        r.limit = 50;
        std::vector<std::string> ids;
        for (const auto& h : searcher.search(r).hits) ids.push_back(h.id);
        if (ids != expected[qi]) ++mismatches;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

// Explanations, more-like-this and spelling suggestions also run side by side: each reads its
// own database handle, and the Searcher holds no per-search state.
TEST(SearcherThreads, ExplainLikeAndSuggestionsRunConcurrently) {
  testing::TempDir dir;
  std::vector<std::pair<std::string, std::string>> articles;
  for (int i = 0; i < 30; ++i)
    articles.push_back({"a" + std::to_string(i) + ".txt",
                        "Id: a" + std::to_string(i) + "\nTitle: Report " + std::to_string(i) +
                            "\n\n" + (i % 2 ? "harbour storm bridge" : "cocoa prices market") +
                            " number " + std::to_string(i)});
  testing::index_articles(dir, dir / "db", articles);
  const Searcher searcher(dir / "db");
  const auto run = [&](int kind) {
    SearchRequest r;
    if (kind == 0) r.query = "harbour storm", r.explain = true;
    if (kind == 1) r.like_id = "a1";
    if (kind == 2) r.query = "harbuor";
    const auto result = searcher.search(r);
    std::string digest = result.suggestion.value_or("");
    for (const auto& h : result.hits) {
      digest += h.id;
      if (h.explanation) digest += std::to_string(h.explanation->terms.size());
    }
    return digest;
  };
  const std::vector<std::string> expected{run(0), run(1), run(2)};
  EXPECT_EQ(expected[2], "harbour");
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 30; ++round)
        if (run((round + t) % 3) != expected[static_cast<std::size_t>((round + t) % 3)])
          ++mismatches;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace newsarchive
