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

// Spherical k-means from evenly spaced seeds; returns each row's cluster (0-based).
std::vector<std::uint32_t> spherical_kmeans(const std::vector<SparseRow>& rows, std::size_t dims,
                                            std::uint32_t k, int iterations) {
  k = std::min<std::uint32_t>(k, static_cast<std::uint32_t>(rows.size()));
  std::vector<std::uint32_t> assignment(rows.size(), 0);
  if (k == 0) return assignment;
  // Centroids stored dimension-major (dims x k): a row's k dot products then stream
  // through contiguous memory, one short loop per non-zero.
  std::vector<float> centroids(dims * k, 0.0F);
  for (std::uint32_t c = 0; c < k; ++c) {
    const SparseRow& seed = rows[std::size_t{c} * rows.size() / k];
    for (std::size_t j = 0; j < seed.dims.size(); ++j)
      centroids[seed.dims[j] * k + c] = seed.values[j];
  }
  std::vector<float> dot(k);
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::fill(dot.begin(), dot.end(), 0.0F);
      const SparseRow& row = rows[r];
      for (std::size_t j = 0; j < row.dims.size(); ++j) {
        const float v = row.values[j];
        const float* c = centroids.data() + std::size_t{row.dims[j]} * k;
        for (std::uint32_t x = 0; x < k; ++x) dot[x] += v * c[x];
      }
      assignment[r] =
          static_cast<std::uint32_t>(std::max_element(dot.begin(), dot.end()) - dot.begin());
    }
    std::vector<float> sums(dims * k, 0.0F);
    std::vector<std::uint32_t> members(k, 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const std::uint32_t c = assignment[r];
      ++members[c];
      for (std::size_t j = 0; j < rows[r].dims.size(); ++j) {
        sums[std::size_t{rows[r].dims[j]} * k + c] += rows[r].values[j];
      }
    }
    for (std::uint32_t c = 0; c < k; ++c) {
      if (members[c] == 0) continue;  // an empty cluster keeps its old centroid
      double norm = 0;
      for (std::size_t d = 0; d < dims; ++d) norm += double(sums[d * k + c]) * sums[d * k + c];
      const float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0F;
      for (std::size_t d = 0; d < dims; ++d) centroids[d * k + c] = sums[d * k + c] * scale;
    }
  }
  return assignment;
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
  // Dimensions: left context 0..C (C = sentence boundary), right context C+1..2C+1.
  const std::uint32_t c_count = options.contexts + 1;
  const std::size_t dims = 2 * std::size_t{c_count};
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
    const std::uint32_t left = i > 0 ? context(stream[i - 1]) : options.contexts;
    const std::uint32_t right = i + 1 < stream.size() ? context(stream[i + 1]) : options.contexts;
    if (left != kNone) ++row[left];
    if (right != kNone) ++row[c_count + right];
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

  const auto fine = spherical_kmeans(rows, dims, options.fine, options.iterations);
  const auto coarse = spherical_kmeans(rows, dims, options.coarse, options.iterations);
  WordClusters result;
  result.fine.assign(words, 0);
  result.coarse.assign(words, 0);
  for (std::size_t r = 0; r < vocabulary.size(); ++r) {
    result.fine[vocabulary[r]] = static_cast<std::uint16_t>(fine[r] + 1);
    result.coarse[vocabulary[r]] = static_cast<std::uint8_t>(coarse[r] + 1);
  }
  return result;
}

}  // namespace newsarchive::ner
