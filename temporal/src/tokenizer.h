// Splits text into the tokens the date patterns are written over, keeping byte offsets so that
// a match can be reported as a span of the original text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.h"

namespace newsarchive::temporal::detail {

enum class TokenKind : std::uint8_t {
  kWord,        // letters only
  kNumber,      // digits, possibly with thousands/decimal separators ("2,006", "20.06")
  kOrdinal,     // "3rd", "15th"
  kDecade,      // digits followed by "s": "1990s", "90s"
  kAlnum,       // any other mix of letters and digits: "4pm", "G20"
  kPunct,       // one ASCII punctuation character
  kApostrophe,  // ' or a typographic ’ ‘
  kDash,        // - or an en/em dash
  kOther,       // any other non-ASCII character (currency signs, letters with diacritics)
};

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
  char punct = 0;               // the character, for kPunct
  bool space_before = true;     // white space (or the start of the text) precedes it
  bool sentence_start = false;  // first token of a sentence, heading or paragraph
  bool capitalised = false;     // starts with an upper-case ASCII letter
  bool separated = false;       // a number written with separators
  std::uint8_t digits = 0;      // digit count of a number, ordinal or decade
  std::int32_t number = 0;      // value of a number, ordinal or decade (saturates)
  Lex lex;                      // for words
};

// Tokenises `text` into `out` (cleared first). Texts of 4 GiB or more are cut there.
void tokenize(std::string_view text, std::vector<Token>& out);

}  // namespace newsarchive::temporal::detail
