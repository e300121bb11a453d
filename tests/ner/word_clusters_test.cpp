#include "newsarchive/ner/word_clusters.h"

#include <gtest/gtest.h>

#include <string>

#include "newsarchive/ner/lexicon.h"
#include "newsarchive/ner/lexicon_builder.h"

namespace newsarchive::ner {
namespace {

constexpr std::uint32_t kBoundary = 0xFFFFFFFEU;

// Word ids 0..3 are context words; 4..11 are towns (always after "in" (0), before "," (1)),
// 12..19 are verbs (after "they" (2), before "it" (3)).
std::vector<std::uint32_t> two_families() {
  std::vector<std::uint32_t> stream;
  for (int round = 0; round < 20; ++round) {
    for (std::uint32_t w = 0; w < 8; ++w) {
      stream.insert(stream.end(), {0, 4 + w, 1, kBoundary, 2, 12 + w, 3, kBoundary});
    }
  }
  return stream;
}

std::vector<std::uint32_t> counts_of(const std::vector<std::uint32_t>& stream) {
  std::vector<std::uint32_t> counts(20, 0);
  for (const std::uint32_t id : stream) {
    if (id != kBoundary) ++counts[id];
  }
  return counts;
}

TEST(WordClusters, LeavesAreNumberedByTheirPathBelowTheTopLevel) {
  const auto stream = two_families();
  ClusterOptions options;
  options.contexts = 4;
  options.coarse = 2;
  options.fine = 2 * kClusterSplit;
  const WordClusters c = cluster_words(stream, kBoundary, counts_of(stream), options);
  for (std::uint32_t w = 4; w < 20; ++w) {
    ASSERT_NE(c.fine[w], 0) << w;
    EXPECT_EQ(c.coarse[w], (c.fine[w] - 1) / kClusterSplit + 1) << w;
  }
  // The top level tells towns from verbs.
  for (std::uint32_t w = 5; w < 12; ++w) EXPECT_EQ(c.coarse[w], c.coarse[4]) << w;
  for (std::uint32_t w = 13; w < 20; ++w) EXPECT_EQ(c.coarse[w], c.coarse[12]) << w;
  EXPECT_NE(c.coarse[4], c.coarse[12]);
}

// "Sun" the company and "sun" the star: capitalised occurrences in running text get
// clusters of their own under capitalised_key, unless clustering is asked to be uncased.
TEST(WordClusters, CapitalisedOccurrencesAreClusteredApart) {
  const auto build = [](bool cased) {
    LexiconBuilder builder;
    for (int i = 0; i < 10; ++i) {
      builder.add_text("Shares of Sun rose today. They said the sun shone today.");
    }
    ClusterOptions options;
    options.cased = cased;
    options.coarse = 2;
    options.fine = 2 * kClusterSplit;
    return builder.build(1, &options);
  };
  const std::uint64_t sun = lexicon_key("sun");
  const HashIndex cased = build(true);
  const WordInfo capitalised = lookup_word(cased, capitalised_key(sun));
  const WordInfo lower = lookup_word(cased, sun);
  EXPECT_NE(capitalised.fine_cluster, 0);
  EXPECT_NE(lower.fine_cluster, 0);
  EXPECT_NE(lower.cap_bucket, 0);  // the word's statistics stay under its lower-case key
  EXPECT_EQ(capitalised.cap_bucket, 0);
  EXPECT_EQ(build(false).find(capitalised_key(sun)), HashIndex::kMissing);
}

}  // namespace
}  // namespace newsarchive::ner
