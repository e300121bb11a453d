#include "newsarchive/ner/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace newsarchive::ner {
namespace {

// A word's context description: sparse, L2-normalised.
struct SparseRow {
  std::vector<std::uint32_t> dims;
  std::vector<float> values;
};

// Spherical k-means over the rows listed in `members` (frequency order), from evenly
// spaced seeds; returns each listed row's cluster (0-based), in the order of `members`.
std::vector<std::uint32_t> spherical_kmeans(const std::vector<SparseRow>& rows,
                                            const std::vector<std::uint32_t>& members,
                                            std::size_t dims, std::uint32_t k, int iterations) {
  k = std::min<std::uint32_t>(k, static_cast<std::uint32_t>(members.size()));
  std::vector<std::uint32_t> assignment(members.size(), 0);
  if (k <= 1) return assignment;
  // Centroids stored dimension-major (dims x k): a row's k dot products then stream
  // through contiguous memory, one short loop per non-zero.
  std::vector<float> centroids(dims * k, 0.0F);
  for (std::uint32_t c = 0; c < k; ++c) {
    const SparseRow& seed = rows[members[std::size_t{c} * members.size() / k]];
    for (std::size_t j = 0; j < seed.dims.size(); ++j)
      centroids[seed.dims[j] * k + c] = seed.values[j];
  }
  std::vector<float> dot(k);
  std::vector<float> sums(dims * k);
  std::vector<std::uint32_t> sizes(k);
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t m = 0; m < members.size(); ++m) {
      std::fill(dot.begin(), dot.end(), 0.0F);
      const SparseRow& row = rows[members[m]];
      for (std::size_t j = 0; j < row.dims.size(); ++j) {
        const float v = row.values[j];
        const float* c = centroids.data() + std::size_t{row.dims[j]} * k;
        for (std::uint32_t x = 0; x < k; ++x) dot[x] += v * c[x];
      }
      assignment[m] =
          static_cast<std::uint32_t>(std::max_element(dot.begin(), dot.end()) - dot.begin());
    }
    std::fill(sums.begin(), sums.end(), 0.0F);
    std::fill(sizes.begin(), sizes.end(), 0);
    for (std::size_t m = 0; m < members.size(); ++m) {
      const std::uint32_t c = assignment[m];
      const SparseRow& row = rows[members[m]];
      ++sizes[c];
      for (std::size_t j = 0; j < row.dims.size(); ++j)
        sums[std::size_t{row.dims[j]} * k + c] += row.values[j];
    }
    for (std::uint32_t c = 0; c < k; ++c) {
      if (sizes[c] == 0) continue;  // an empty cluster keeps its old centroid
      double norm = 0;
      for (std::size_t d = 0; d < dims; ++d) norm += double(sums[d * k + c]) * sums[d * k + c];
      const float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0F;
      for (std::size_t d = 0; d < dims; ++d) centroids[d * k + c] = sums[d * k + c] * scale;
    }
  }
  return assignment;
}

// Top-down clustering: k-means into `top` clusters, then each cluster split into
// kClusterSplit by k-means among its own members, until there are `leaves` clusters. A
// row's path (top cluster, then each split) is its number in base kClusterSplit, so
// dropping low digits gives coarser clusters, as Brown clusters' bit-string prefixes do.
std::vector<std::uint32_t> hierarchical_kmeans(const std::vector<SparseRow>& rows, std::size_t dims,
                                               std::uint32_t top, std::uint32_t leaves,
                                               int iterations) {
  std::vector<std::uint32_t> all(rows.size());
  std::iota(all.begin(), all.end(), 0);
  std::vector<std::uint32_t> path = spherical_kmeans(rows, all, dims, top, iterations);
  for (std::uint32_t clusters = top; clusters * kClusterSplit <= leaves;
       clusters *= kClusterSplit) {
    std::vector<std::vector<std::uint32_t>> members(clusters);
    for (std::uint32_t r = 0; r < rows.size(); ++r) members[path[r]].push_back(r);
    for (const auto& group : members) {
      const auto split = spherical_kmeans(rows, group, dims, kClusterSplit, iterations);
      for (std::size_t m = 0; m < group.size(); ++m) {
        path[group[m]] = path[group[m]] * kClusterSplit + split[m];
      }
    }
  }
  return path;
}

}  // namespace

WordClusters cluster_words(const std::vector<std::uint32_t>& stream, std::uint32_t boundary,
                           const std::vector<std::uint32_t>& counts,
                           const ClusterOptions& options) {
  const std::size_t words = counts.size();
  std::vector<std::uint32_t> by_frequency(words);
  std::iota(by_frequency.begin(), by_frequency.end(), 0);
  std::stable_sort(by_frequency.begin(), by_frequency.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return counts[a] > counts[b]; });
  constexpr std::uint32_t kNone = 0xFFFFFFFFU;
  std::vector<std::uint32_t> row_of(words, kNone);
  std::vector<std::uint32_t> context_of(words, kNone);
  std::vector<std::uint32_t> vocabulary;
  for (std::size_t rank = 0; rank < by_frequency.size(); ++rank) {
    const std::uint32_t w = by_frequency[rank];
    if (rank < options.contexts) context_of[w] = static_cast<std::uint32_t>(rank);
    if (rank < options.vocabulary && counts[w] >= options.min_count) {
      row_of[w] = static_cast<std::uint32_t>(vocabulary.size());
      vocabulary.push_back(w);
    }
  }
  // Dimensions: one block of C+1 per position (C = sentence boundary): left neighbours
  // from `window` words away to 1, then right neighbours from 1 to `window`.
  const std::uint32_t c_count = options.contexts + 1;
  const std::size_t window = options.window;
  const std::size_t dims = 2 * window * std::size_t{c_count};
  std::vector<std::uint32_t> matrix(vocabulary.size() * dims, 0);
  const auto context = [&](std::uint32_t w) {
    if (w == boundary) return options.contexts;
    const std::uint32_t c = context_of[w];
    return c == kNone ? kNone : c;
  };
  for (std::size_t i = 0; i < stream.size(); ++i) {
    const std::uint32_t w = stream[i];
    if (w == boundary || row_of[w] == kNone) continue;
    std::uint32_t* row = matrix.data() + std::size_t{row_of[w]} * dims;
    // Beyond a sentence boundary every position is the boundary.
    bool open = true;
    for (std::size_t d = 1; d <= window; ++d) {
      open = open && i >= d && stream[i - d] != boundary;
      const std::uint32_t c = open ? context(stream[i - d]) : options.contexts;
      if (c != kNone) ++row[(window - d) * c_count + c];
    }
    open = true;
    for (std::size_t d = 1; d <= window; ++d) {
      open = open && i + d < stream.size() && stream[i + d] != boundary;
      const std::uint32_t c = open ? context(stream[i + d]) : options.contexts;
      if (c != kNone) ++row[(window + d - 1) * c_count + c];
    }
  }
  // Positive pointwise mutual information, then unit length.
  std::vector<double> column(dims, 0.0);
  std::vector<double> row_total(vocabulary.size(), 0.0);
  double total = 0;
  for (std::size_t r = 0; r < vocabulary.size(); ++r) {
    for (std::size_t d = 0; d < dims; ++d) {
      const double v = matrix[r * dims + d];
      column[d] += v;
      row_total[r] += v;
      total += v;
    }
  }
  std::vector<SparseRow> rows(vocabulary.size());
  for (std::size_t r = 0; r < vocabulary.size(); ++r) {
    double norm = 0;
    for (std::size_t d = 0; d < dims; ++d) {
      const double v = matrix[r * dims + d];
      if (v == 0) continue;
      const double pmi = std::log(v * total / (row_total[r] * column[d]));
      if (pmi <= 0) continue;
      rows[r].dims.push_back(static_cast<std::uint32_t>(d));
      rows[r].values.push_back(static_cast<float>(pmi));
      norm += pmi * pmi;
    }
    const float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0F;
    for (float& v : rows[r].values) v *= scale;
  }
  matrix.clear();
  matrix.shrink_to_fit();

  const auto fine =
      hierarchical_kmeans(rows, dims, options.coarse, options.fine, options.iterations);
  std::uint32_t levels_below_top = 1;
  for (std::uint32_t c = options.coarse; c * kClusterSplit <= options.fine; c *= kClusterSplit)
    levels_below_top *= kClusterSplit;
  WordClusters result;
  result.fine.assign(words, 0);
  result.coarse.assign(words, 0);
  for (std::size_t r = 0; r < vocabulary.size(); ++r) {
    result.fine[vocabulary[r]] = static_cast<std::uint16_t>(fine[r] + 1);
    result.coarse[vocabulary[r]] = static_cast<std::uint8_t>(fine[r] / levels_below_top + 1);
  }
  return result;
}

}  // namespace newsarchive::ner
