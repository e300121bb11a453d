// CoNLL-2003-like tokenisation and sentence splitting of raw UTF-8 article text.
//
// The recogniser was trained on CoNLL-2003 tokens, so raw text must be cut the same way:
// punctuation split off, possessive 's and n't split, abbreviations such as "U.S." and
// "Oct." kept whole, and typographic quotes and dashes mapped to their ASCII forms.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::ner {

struct Token {
  std::size_t begin = 0;  // byte span in the original text
  std::size_t end = 0;
  std::string text;  // normalised form: ASCII quotes, apostrophes and dashes
};

// A sentence is a half-open range of token indices.
struct SentenceRange {
  std::size_t first = 0;
  std::size_t last = 0;  // one past the final token
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<SentenceRange> sentences;
};

// Cuts text into tokens and sentences. A line break always ends a sentence unless
// `newline_ends_sentence` is false (for corpora that wrap lines inside sentences).
TokenizedText tokenize(std::string_view utf8_text, bool newline_ends_sentence = true);

}  // namespace newsarchive::ner
