// Documents for the tagger's tests, written as lists of sentences of words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner::testing {

struct WordDocument {
  std::vector<std::string> words;
  std::vector<SentenceRange> sentences;
  std::vector<std::string_view> views() const { return {words.begin(), words.end()}; }
};

inline WordDocument make_doc(const std::vector<std::vector<std::string>>& sentences) {
  WordDocument d;
  for (const auto& s : sentences) {
    const std::size_t first = d.words.size();
    d.words.insert(d.words.end(), s.begin(), s.end());
    d.sentences.push_back({first, d.words.size()});
  }
  return d;
}

}  // namespace newsarchive::ner::testing
