#include "newsarchive/ner/lexicon_builder.h"

#include <bit>
#include <cmath>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/lexicon.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

void LexiconBuilder::add_text(std::string_view utf8_text) {
  const TokenizedText t = tokenize(utf8_text, /*newline_ends_sentence=*/false);
  std::vector<std::string_view> words;
  words.reserve(t.tokens.size());
  for (const Token& token : t.tokens) words.emplace_back(token.text);
  for (const SentenceRange& s : t.sentences) {
    const bool caps = is_caps_sentence(words, s);
    bool initial = true;
    for (std::size_t i = s.first; i < s.last; ++i) {
      const CapClass c = cap_class(words[i]);
      if (c == CapClass::kNoLetters) continue;
      ++tokens_;
      Counts& counts = words_[lower_word(words[i])];
      ++counts.total;
      if (!initial && !caps) {
        ++counts.in_running_text;
        if (c != CapClass::kLower) ++counts.capitalised;
      }
      initial = false;
    }
  }
}

HashIndex LexiconBuilder::build(std::uint32_t min_count) const {
  std::size_t kept = 0;
  for (const auto& [word, counts] : words_) kept += counts.total >= min_count ? 1 : 0;
  HashIndex index;
  index.reserve(kept);
  for (const auto& [word, counts] : words_) {
    if (counts.total < min_count) continue;
    WordInfo info;
    if (counts.in_running_text >= 2) {
      const double share = double(counts.capitalised) / counts.in_running_text;
      info.cap_bucket = static_cast<std::uint8_t>(1 + std::lround(10 * share));
    }
    info.freq_bucket = static_cast<std::uint8_t>(std::min<unsigned>(15, std::bit_width(counts.total)));
    index.insert(lexicon_key(word), info.pack());
  }
  return index;
}

}  // namespace newsarchive::ner
