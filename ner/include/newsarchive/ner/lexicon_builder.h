// Learns the word lexicon (lexicon.h) from unlabeled news: capitalisation ratios and
// frequencies, and optionally distributional word clusters (word_clusters.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsarchive/ner/hash_index.h"
#include "newsarchive/ner/word_clusters.h"

namespace newsarchive::ner {

class LexiconBuilder {
 public:
  // Counts the words of one article. Line breaks inside the text are not sentence ends.
  void add_text(std::string_view utf8_text);

  // The lexicon of words seen at least `min_count` times, with clusters if asked for.
  HashIndex build(std::uint32_t min_count, const ClusterOptions* clusters) const;

  std::size_t distinct_words() const { return names_.size(); }
  std::uint64_t token_count() const { return tokens_; }

 private:
  struct Counts {
    std::uint32_t total = 0;
    std::uint32_t in_running_text = 0;  // not sentence-initial, not in a headline
    std::uint32_t capitalised = 0;      // ... of those, written with a capital
  };
  static constexpr std::uint32_t kSentenceBoundary = 0xFFFFFFFEU;

  std::uint32_t id_of(const std::string& lower);

  std::unordered_map<std::string, std::uint32_t> ids_;  // lower-cased word -> id
  std::vector<std::string> names_;
  std::vector<Counts> counts_;
  std::vector<std::uint32_t> stream_;  // the corpus as ids, for clustering
  std::uint64_t tokens_ = 0;
};

}  // namespace newsarchive::ner
