// MinHash signatures of an article's body: the basis of near-duplicate detection.
//
// A text becomes the set of its word 3-shingles; the signature keeps, for each of kHashes hash
// functions, the smallest hash over that set. Two signatures agree in a position with probability
// equal to the Jaccard similarity of the two sets, so the fraction of agreeing positions
// estimates it. MinHash (rather than SimHash) because a trimmed ending is the commonest wire-story
// edit: the shorter copy's set is then contained in the longer one's, which the Jaccard estimate
// and the set sizes reveal (see estimated_containment), while SimHash distances grow with every
// dropped paragraph.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::indexer::dedup {

inline constexpr std::size_t kHashes = 48;
// Locality-sensitive hashing: the signature is cut into kBands bands of kRowsPerBand positions;
// two articles become candidates when one whole band agrees. With 16 bands of 3 rows, pairs of
// Jaccard 0.5 meet with probability 0.88, 0.3 with 0.36, 0.1 with 0.016.
inline constexpr std::size_t kBands = 16;
inline constexpr std::size_t kRowsPerBand = kHashes / kBands;
static_assert(kBands * kRowsPerBand == kHashes);
inline constexpr std::size_t kShingleWords = 3;
// Below this many distinct shingles a text is too short to call anything its duplicate
// (a one-line brief shares most of its words with every other brief of its kind).
inline constexpr std::size_t kMinShingles = 12;

struct MinHashSignature {
  std::uint32_t shingles = 0;  // distinct shingles in the text
  std::array<std::uint32_t, kHashes> minima{};

  bool operator==(const MinHashSignature&) const = default;
};

// The signature of `text`, or nothing when it has fewer than kMinShingles shingles. Words are
// runs of letters and digits (any non-ASCII byte counts as a letter), ASCII lower-cased, so
// punctuation, spacing and case edits do not matter.
std::optional<MinHashSignature> minhash(std::string_view text);

// The fraction of positions where the signatures agree: an estimate of the Jaccard similarity.
double estimated_jaccard(const MinHashSignature& a, const MinHashSignature& b);
// An estimate of |A ∩ B| / min(|A|, |B|): near 1 when one text is (mostly) a part of the other.
double estimated_containment(const MinHashSignature& a, const MinHashSignature& b);

// One key per band (the band's number and rows hashed), as 16 hex digits.
std::array<std::string, kBands> band_keys(const MinHashSignature& s);

// Compact binary form for a value slot (4 bytes per number, little-endian), and back; nothing
// when the bytes are not a signature.
std::string encode(const MinHashSignature& s);
std::optional<MinHashSignature> decode(std::string_view bytes);

}  // namespace newsarchive::indexer::dedup
