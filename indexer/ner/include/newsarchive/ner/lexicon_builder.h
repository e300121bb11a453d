// Learns the word lexicon (lexicon.h) from unlabeled news: capitalisation ratios and
// frequencies, and optionally distributional word clusters (word_clusters.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsarchive/ner/hash_index.h"

namespace newsarchive::ner {

class LexiconBuilder {
 public:
  // Counts the words of one article. Line breaks inside the text are not sentence ends.
  void add_text(std::string_view utf8_text);

  // The lexicon of words seen at least `min_count` times.
  HashIndex build(std::uint32_t min_count) const;

  std::size_t distinct_words() const { return words_.size(); }
  std::uint64_t token_count() const { return tokens_; }

 private:
  struct Counts {
    std::uint32_t total = 0;
    std::uint32_t in_running_text = 0;  // not sentence-initial, not in a headline
    std::uint32_t capitalised = 0;      // ... of those, written with a capital
  };
  std::unordered_map<std::string, Counts> words_;
  std::uint64_t tokens_ = 0;
};

}  // namespace newsarchive::ner
