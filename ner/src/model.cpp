#include "newsarchive/ner/model.h"

#include <algorithm>

namespace newsarchive::ner {
namespace {

// Never 0, which marks an empty slot.
std::uint32_t fingerprint_of(std::uint64_t key) {
  const auto f = static_cast<std::uint32_t>(key >> 32);
  return f == 0 ? 1 : f;
}

constexpr std::size_t kMaxWeights = std::size_t{1} << 24;
constexpr std::size_t kMaxBatch = 128;

}  // namespace

void Model::compile() {
  slots_.clear();
  weights_.clear();
  if (entry_weights.size() >= kMaxWeights) return;  // too big for the packed table
  const std::size_t count = feature_count();
  std::size_t capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  std::vector<Slot> slots(capacity, Slot{});
  const std::size_t mask = capacity - 1;
  std::vector<std::uint64_t> keys(count, 0);
  features.for_each([&](std::uint64_t key, std::uint32_t row) { keys[row] = key; });
  weights_.reserve(entry_weights.size());
  for (std::size_t row = 0; row < count; ++row) {
    const std::uint32_t begin = static_cast<std::uint32_t>(weights_.size());
    for (std::uint32_t e = row_offsets[row]; e < row_offsets[row + 1]; ++e) {
      weights_.push_back({entry_weights[e], entry_tags[e]});
    }
    const std::uint32_t length = static_cast<std::uint32_t>(weights_.size()) - begin;
    if (length > 0xFF) {  // cannot happen with 17 tags; keep the plain path if it does
      weights_.clear();
      return;
    }
    std::size_t slot = keys[row] & mask;
    while (slots[slot].fingerprint != 0) slot = (slot + 1) & mask;
    slots[slot] = {fingerprint_of(keys[row]), begin << 8 | length};
  }
  slots_ = std::move(slots);
  slot_mask_ = mask;
}

void Model::score(const std::uint64_t* feature_ids, std::size_t count, float* scores) const {
  if (slots_.empty()) {  // not compiled: the plain representation
    for (std::size_t k = 0; k < count; ++k) {
      const std::uint32_t row = features.find(feature_ids[k]);
      if (row == HashIndex::kMissing) continue;
      for (std::uint32_t e = row_offsets[row]; e < row_offsets[row + 1]; ++e) {
        scores[entry_tags[e]] += entry_weights[e];
      }
    }
    return;
  }
  // Three passes so that the cache misses overlap instead of waiting on each other:
  // prefetch the slots, find them and prefetch their weights, then add the weights.
  for (std::size_t k = 0; k < count; ++k) __builtin_prefetch(&slots_[feature_ids[k] & slot_mask_]);
  std::uint32_t ranges[kMaxBatch];
  for (std::size_t first = 0; first < count; first += kMaxBatch) {
    const std::size_t batch = std::min(kMaxBatch, count - first);
    for (std::size_t k = 0; k < batch; ++k) {
      const std::uint64_t id = feature_ids[first + k];
      const std::uint32_t fingerprint = fingerprint_of(id);
      std::size_t slot = id & slot_mask_;
      while (slots_[slot].fingerprint != fingerprint && slots_[slot].fingerprint != 0) {
        slot = (slot + 1) & slot_mask_;
      }
      ranges[k] = slots_[slot].fingerprint == 0 ? 0 : slots_[slot].range;
      if (ranges[k] != 0) __builtin_prefetch(&weights_[ranges[k] >> 8]);
    }
    for (std::size_t k = 0; k < batch; ++k) {
      const std::uint32_t begin = ranges[k] >> 8;
      const std::uint32_t end = begin + (ranges[k] & 0xFF);
      for (std::uint32_t e = begin; e < end; ++e) scores[weights_[e].tag] += weights_[e].value;
    }
  }
}

}  // namespace newsarchive::ner
