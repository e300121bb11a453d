#include "newsarchive/ner/model.h"

namespace newsarchive::ner {

void Model::score(const std::uint64_t* feature_ids, std::size_t count, float* scores) const {
  for (std::size_t k = 0; k < count; ++k) features.prefetch(feature_ids[k]);
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint32_t row = features.find(feature_ids[k]);
    if (row == HashIndex::kMissing) continue;
    const std::uint32_t end = row_offsets[row + 1];
    for (std::uint32_t e = row_offsets[row]; e < end; ++e) {
      scores[entry_tags[e]] += entry_weights[e];
    }
  }
}

}  // namespace newsarchive::ner
