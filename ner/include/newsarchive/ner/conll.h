// Reading CoNLL-2003 files (plain or gzipped): documents of sentences of tokens with
// IOB1 entity tags, split at -DOCSTART- lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ner/tagset.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

struct LabeledDocument {
  std::vector<std::string> words;
  std::vector<SentenceRange> sentences;
  std::vector<Span> entities;

  std::vector<std::string_view> word_views() const {
    return std::vector<std::string_view>(words.begin(), words.end());
  }
};

// Throws std::runtime_error naming the file if it cannot be read or a line is malformed.
std::vector<LabeledDocument> read_conll(const std::string& path);

// Reads a whole file, decompressing it if it is gzipped. Throws std::runtime_error.
std::string read_possibly_gzipped(const std::string& path);

}  // namespace newsarchive::ner
