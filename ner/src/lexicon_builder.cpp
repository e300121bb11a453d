#include "newsarchive/ner/lexicon_builder.h"

#include <bit>
#include <cmath>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/lexicon.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

std::uint32_t LexiconBuilder::id_of(const std::string& lower) {
  const auto [it, inserted] = ids_.try_emplace(lower, static_cast<std::uint32_t>(names_.size()));
  if (inserted) {
    names_.push_back(lower);
    counts_.emplace_back();
  }
  return it->second;
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
      const std::uint32_t id = id_of(lower_word(words[i]));
      stream_.push_back(id);
      Counts& counts = counts_[id];
      ++counts.total;
      const CapClass c = cap_class(words[i]);
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
    std::vector<std::uint32_t> totals(counts_.size());
    for (std::size_t i = 0; i < counts_.size(); ++i) totals[i] = counts_[i].total;
    word_clusters = cluster_words(stream_, kSentenceBoundary, totals, *clusters);
  }
  std::size_t kept = 0;
  for (const Counts& counts : counts_) kept += counts.total >= min_count ? 1 : 0;
  HashIndex index;
  index.reserve(kept);
  for (std::size_t id = 0; id < names_.size(); ++id) {
    const Counts& counts = counts_[id];
    if (counts.total < min_count) continue;
    WordInfo info;
    if (counts.in_running_text >= 2) {
      const double share = double(counts.capitalised) / counts.in_running_text;
      info.cap_bucket = static_cast<std::uint8_t>(1 + std::lround(10 * share));
    }
    info.freq_bucket =
        static_cast<std::uint8_t>(std::min<unsigned>(15, std::bit_width(counts.total)));
    if (!word_clusters.fine.empty()) {
      info.fine_cluster = word_clusters.fine[id];
      info.coarse_cluster = word_clusters.coarse[id];
    }
    index.insert(lexicon_key(names_[id]), info.pack());
  }
  return index;
}

}  // namespace newsarchive::ner
