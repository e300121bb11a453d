// Distributional word clusters learned from unlabeled news: each frequent word is
// described by the words seen just before and after it (positive PMI weights), and
// spherical k-means groups similar descriptions. A cheap stand-in for Brown clusters
// with the same purpose: rare names share features with frequent ones of their kind.
#pragma once

#include <cstdint>
#include <vector>

namespace newsarchive::ner {

struct ClusterOptions {
  std::uint32_t vocabulary = 40000;  // most frequent words that get a cluster
  std::uint32_t contexts = 1000;     // most frequent words used as context
  std::uint32_t min_count = 5;       // rarer words get no cluster
  std::uint32_t fine = 256;
  std::uint32_t coarse = 32;
  int iterations = 12;
};

struct WordClusters {
  // Indexed by word id; 0 means no cluster, clusters are numbered from 1.
  std::vector<std::uint16_t> fine;
  std::vector<std::uint8_t> coarse;
};

// `stream` is the corpus as word ids, with `boundary` between sentences; `counts[id]` is
// each word's frequency. Deterministic: ties are broken by word id.
WordClusters cluster_words(const std::vector<std::uint32_t>& stream, std::uint32_t boundary,
                           const std::vector<std::uint32_t>& counts, const ClusterOptions& options);

}  // namespace newsarchive::ner
