// Open-addressing map from non-zero 64-bit keys to 32-bit values, built once and then
// only read: the lookup structure behind the feature weights and the word lexicon.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsarchive::ner {

class HashIndex {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFU;

  HashIndex() = default;

  // Sizes the table for `count` keys at a load factor of at most one half.
  void reserve(std::size_t count) {
    std::size_t capacity = 16;
    while (capacity < 2 * count) capacity *= 2;
    keys_.assign(capacity, 0);
    values_.assign(capacity, kMissing);
    mask_ = capacity - 1;
    size_ = 0;
  }

  // Inserts or overwrites. Key must be non-zero; call reserve() first.
  void insert(std::uint64_t key, std::uint32_t value) {
    std::size_t slot = key & mask_;
    while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask_;
    if (keys_[slot] == 0) ++size_;
    keys_[slot] = key;
    values_[slot] = value;
  }

  std::uint32_t find(std::uint64_t key) const {
    if (keys_.empty()) return kMissing;
    std::size_t slot = key & mask_;
    while (true) {
      const std::uint64_t k = keys_[slot];
      if (k == key) return values_[slot];
      if (k == 0) return kMissing;
      slot = (slot + 1) & mask_;
    }
  }

  void prefetch(std::uint64_t key) const {
    if (!keys_.empty()) __builtin_prefetch(&keys_[key & mask_]);
  }

  std::size_t size() const { return size_; }

  // Visits every (key, value) pair, in table order.
  template <typename Fn>
  void for_each(Fn&& fn) const {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) fn(keys_[i], values_[i]);
    }
  }

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace newsarchive::ner
