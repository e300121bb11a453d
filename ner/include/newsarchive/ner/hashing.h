// Hashing used for feature identities: features are never stored as strings, only as
// 64-bit hashes, so extraction allocates nothing and the model file stays compact.
#pragma once

#include <cstdint>
#include <string_view>

#include "newsarchive/text/text.h"

namespace newsarchive::ner {

// splitmix64's finaliser: a cheap, well-mixing bijection on 64-bit values.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return x;
}

// The project's FNV-1a, then mixed: FNV-1a alone spreads short strings poorly over the
// low bits that HashIndex uses. The model file's weights are keyed by these values.
constexpr std::uint64_t hash_bytes(std::string_view s) {
  return mix64(text::fnv1a64(s));
}

constexpr std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) {
  return mix64(a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2)));
}

// The identity of feature template `tmpl` with value `value`; never zero (zero marks
// an empty slot in HashIndex).
constexpr std::uint64_t feature_id(std::uint32_t tmpl, std::uint64_t value) {
  return hash_combine(0xA24BAED4963EE407ULL * (tmpl + 1), value) | 1ULL;
}

}  // namespace newsarchive::ner
