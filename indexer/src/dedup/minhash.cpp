#include "newsarchive/indexer/dedup/minhash.h"

#include <algorithm>
#include <limits>

#include "newsarchive/text/text.h"

namespace newsarchive::indexer::dedup {
namespace {

// SplitMix64's finaliser: every input bit affects every output bit, so one base hash per shingle
// mixed with a per-position seed behaves like kHashes independent hash functions.
std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<std::uint64_t> word_hashes(std::string_view text) {
  std::vector<std::uint64_t> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.push_back(text::fnv1a64(word));
    word.clear();
  };
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (!is_word_byte(c)) {
      flush();
      continue;
    }
    word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
  }
  flush();
  return words;
}

// Distinct shingle hashes, sorted.
std::vector<std::uint64_t> shingle_hashes(std::string_view text) {
  const auto words = word_hashes(text);
  std::vector<std::uint64_t> shingles;
  if (words.size() < kShingleWords) return shingles;
  shingles.reserve(words.size());
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t j = 0; j < kShingleWords; ++j) h = mix64(h ^ words[i + j]);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

constexpr std::array<std::uint64_t, kHashes> make_seeds() {
  std::array<std::uint64_t, kHashes> seeds{};
  std::uint64_t x = 0x6e65777361726368ULL;  // "newsarch"
  for (auto& s : seeds) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;  // Knuth's MMIX LCG
    s = x;
  }
  return seeds;
}
constexpr auto kSeeds = make_seeds();

}  // namespace

std::optional<MinHashSignature> minhash(std::string_view text) {
  const auto shingles = shingle_hashes(text);
  if (shingles.size() < kMinShingles) return std::nullopt;
  MinHashSignature sig;
  sig.shingles = static_cast<std::uint32_t>(
      std::min<std::size_t>(shingles.size(), std::numeric_limits<std::uint32_t>::max()));
  sig.minima.fill(std::numeric_limits<std::uint32_t>::max());
  for (const auto h : shingles)
    for (std::size_t k = 0; k < kHashes; ++k)
      sig.minima[k] = std::min(sig.minima[k], static_cast<std::uint32_t>(mix64(h ^ kSeeds[k])));
  return sig;
}

double estimated_jaccard(const MinHashSignature& a, const MinHashSignature& b) {
  std::size_t same = 0;
  for (std::size_t k = 0; k < kHashes; ++k) same += a.minima[k] == b.minima[k];
  return static_cast<double>(same) / static_cast<double>(kHashes);
}

double estimated_containment(const MinHashSignature& a, const MinHashSignature& b) {
  // |A ∩ B| = J (|A| + |B|) / (1 + J).
  const double j = estimated_jaccard(a, b);
  const double common = j * (static_cast<double>(a.shingles) + b.shingles) / (1 + j);
  const double smaller = std::min(a.shingles, b.shingles);
  return smaller > 0 ? std::min(1.0, common / smaller) : 0;
}

std::array<std::string, kBands> band_keys(const MinHashSignature& s) {
  std::array<std::string, kBands> keys;
  for (std::size_t band = 0; band < kBands; ++band) {
    std::uint64_t h = mix64(band);
    for (std::size_t row = 0; row < kRowsPerBand; ++row)
      h = mix64(h ^ s.minima[band * kRowsPerBand + row]);
    keys[band] = text::hex64(h);
  }
  return keys;
}

std::string encode(const MinHashSignature& s) {
  std::string out;
  out.reserve(4 * (1 + kHashes));
  const auto put = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
  };
  put(s.shingles);
  for (const auto m : s.minima) put(m);
  return out;
}

std::optional<MinHashSignature> decode(std::string_view bytes) {
  if (bytes.size() != 4 * (1 + kHashes)) return std::nullopt;
  const auto get = [&](std::size_t i) {
    std::uint32_t v = 0;
    for (int b = 3; b >= 0; --b) v = (v << 8) | static_cast<unsigned char>(bytes[4 * i + b]);
    return v;
  };
  MinHashSignature s;
  s.shingles = get(0);
  for (std::size_t k = 0; k < kHashes; ++k) s.minima[k] = get(k + 1);
  return s;
}

}  // namespace newsarchive::indexer::dedup
