// Small text helpers shared by readers and the searcher.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "newsarchive/text/utf8.h"

namespace newsarchive::text {

// Valid UTF-8 with each invalid byte replaced by U+FFFD, so that nothing downstream (Xapian's
// tokeniser, JSON output) meets broken sequences. Returns the number of replacements in `*fixed`.
std::string to_valid_utf8(std::string_view in, std::size_t* fixed = nullptr);

std::string_view trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);
// Runs of white space (including newlines) become one space.
std::string collapse_space(std::string_view s);

// The first sentence of `body`, cut at a word boundary to at most `max_chars` bytes (with "…"
// when cut). Used as a title for articles that have none.
std::string first_sentence(std::string_view body, std::size_t max_chars = 120);

// The one 64-bit FNV-1a of the project (hex64 writes it as 16 hex digits). Stable across runs
// and machines, which std::hash is not; constexpr so that the recogniser's feature hashing
// (ner/hashing.h) can build on it at compile time.
inline constexpr std::uint64_t kFnv1a64OffsetBasis = 0xcbf29ce484222325ull;
constexpr std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = kFnv1a64OffsetBasis) {
  constexpr std::uint64_t kPrime = 0x100000001b3ull;
  std::uint64_t h = seed;
  for (const char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= kPrime;
  }
  return h;
}
std::string hex64(std::uint64_t v);

}  // namespace newsarchive::text
