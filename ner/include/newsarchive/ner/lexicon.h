// What unlabeled news says about a word, keyed by the hash of its lower-case form:
// how often it is capitalised away from the start of a sentence, how frequent it is,
// and which distributional clusters it belongs to. Packed into 32 bits per word.
#pragma once

#include <cstdint>
#include <string_view>

#include "newsarchive/ner/hash_index.h"
#include "newsarchive/ner/hashing.h"

namespace newsarchive::ner {

struct WordInfo {
  std::uint8_t cap_bucket = 0;      // 0 unknown; 1..11 = 1 + round(10 * capitalised share)
  std::uint8_t freq_bucket = 0;     // 0 unknown; 1..15 = 1 + floor(log2(count)), capped
  std::uint8_t coarse_cluster = 0;  // 0 none; clusters numbered from 1
  std::uint16_t fine_cluster = 0;   // 0 none

  std::uint32_t pack() const {
    return static_cast<std::uint32_t>(cap_bucket & 0xF) |
           static_cast<std::uint32_t>(freq_bucket & 0xF) << 4 |
           static_cast<std::uint32_t>(coarse_cluster) << 8 |
           static_cast<std::uint32_t>(fine_cluster) << 16;
  }
  static WordInfo unpack(std::uint32_t v) {
    return {static_cast<std::uint8_t>(v & 0xF), static_cast<std::uint8_t>((v >> 4) & 0xF),
            static_cast<std::uint8_t>((v >> 8) & 0xFF), static_cast<std::uint16_t>(v >> 16)};
  }
};

// The key under which a lower-cased word is stored in the lexicon.
inline std::uint64_t lexicon_key(std::string_view lower_word) {
  return hash_bytes(lower_word) | 1ULL;
}

inline WordInfo lookup_word(const HashIndex& lexicon, std::uint64_t key) {
  const std::uint32_t v = lexicon.find(key);
  return v == HashIndex::kMissing ? WordInfo{} : WordInfo::unpack(v);
}

// Whether news writes the known word `lower_word` capitalised less than half the time away
// from sentence starts (a cap_bucket under 6); false for a word the lexicon does not know.
inline bool mostly_lower_case(const HashIndex& lexicon, std::string_view lower_word) {
  constexpr int kMostlyCapitalised = 6;
  const WordInfo info = lookup_word(lexicon, lexicon_key(lower_word));
  return info.cap_bucket != 0 && info.cap_bucket < kMostlyCapitalised;
}

}  // namespace newsarchive::ner
