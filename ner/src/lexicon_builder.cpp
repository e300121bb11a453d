#include "newsarchive/ner/lexicon_builder.h"

#include <bit>
#include <cmath>
#include <utility>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/lexicon.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

namespace {
// Starts the name of a word's capitalised form; no token holds this byte.
constexpr char kCapitalisedMark = '\x01';
}  // namespace

std::uint32_t LexiconBuilder::id_of(const std::string& lower) {
  const auto [it, inserted] = ids_.try_emplace(lower, static_cast<std::uint32_t>(names_.size()));
  if (inserted) {
    names_.push_back(lower);
    counts_.emplace_back();
    base_id_.push_back(it->second);
  }
  return it->second;
}

std::uint32_t LexiconBuilder::capitalised_id(const std::string& lower) {
  const std::uint32_t base = id_of(lower);
  const std::uint32_t id = id_of(kCapitalisedMark + lower);
  base_id_[id] = base;
  return id;
}

std::vector<std::uint32_t> LexiconBuilder::cluster_stream(bool cased) const {
  if (cased) return stream_;
  std::vector<std::uint32_t> stream(stream_);
  for (std::uint32_t& id : stream) {
    if (id != kSentenceBoundary) id = base_id_[id];
  }
  return stream;
}

void LexiconBuilder::add_text(std::string_view utf8_text) {
  const TokenizedText t = tokenize(utf8_text, /*newline_ends_sentence=*/false);
  std::vector<std::string_view> words;
  words.reserve(t.tokens.size());
  for (const Token& token : t.tokens) words.emplace_back(token.text);
  for (const SentenceRange& s : t.sentences) {
    const bool caps = is_caps_sentence(words, s);
    bool initial = true;
    for (std::size_t i = s.first; i < s.last; ++i) {
      const std::string lower = lower_word(words[i]);
      const std::uint32_t id = id_of(lower);
      const CapClass c = cap_class(words[i]);
      const bool capitalised = !caps && (c == CapClass::kInitialCap || c == CapClass::kAllCaps);
      stream_.push_back(capitalised ? capitalised_id(lower) : id);
      Counts& counts = counts_[id];
      ++counts.total;
      if (c == CapClass::kNoLetters) continue;
      ++tokens_;
      if (!initial && !caps) {
        ++counts.in_running_text;
        if (c != CapClass::kLower) ++counts.capitalised;
      }
      initial = false;
    }
    stream_.push_back(kSentenceBoundary);
  }
}

HashIndex LexiconBuilder::build(std::uint32_t min_count, const ClusterOptions* clusters) const {
  WordClusters word_clusters;
  if (clusters != nullptr) {
    const std::vector<std::uint32_t> stream = cluster_stream(clusters->cased);
    std::vector<std::uint32_t> totals(counts_.size(), 0);
    for (const std::uint32_t id : stream) {
      if (id != kSentenceBoundary) ++totals[id];
    }
    word_clusters = cluster_words(stream, kSentenceBoundary, totals, *clusters);
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  for (std::size_t id = 0; id < names_.size(); ++id) {
    WordInfo info;
    const bool has_cluster = !word_clusters.fine.empty() && word_clusters.fine[id] != 0;
    if (has_cluster) {
      info.fine_cluster = word_clusters.fine[id];
      info.coarse_cluster = word_clusters.coarse[id];
    }
    if (names_[id][0] == kCapitalisedMark) {  // clusters only
      if (!has_cluster) continue;
      const std::string_view lower = std::string_view(names_[id]).substr(1);
      entries.emplace_back(capitalised_key(lexicon_key(lower)), info.pack());
      continue;
    }
    const Counts& counts = counts_[id];
    if (counts.total < min_count) continue;
    if (counts.in_running_text >= 2) {
      const double share = double(counts.capitalised) / counts.in_running_text;
      info.cap_bucket = static_cast<std::uint8_t>(1 + std::lround(10 * share));
    }
    info.freq_bucket =
        static_cast<std::uint8_t>(std::min<unsigned>(15, std::bit_width(counts.total)));
    entries.emplace_back(lexicon_key(names_[id]), info.pack());
  }
  HashIndex index;
  index.reserve(entries.size());
  for (const auto& [key, value] : entries) index.insert(key, value);
  return index;
}

}  // namespace newsarchive::ner
