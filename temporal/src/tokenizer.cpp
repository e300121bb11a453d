#include "tokenizer.h"

#include <limits>

#include "newsarchive/text/utf8.h"

namespace newsarchive::temporal::detail {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::uint8_t byte(char c) {
  return static_cast<std::uint8_t>(c);
}

// Classifies a run of letters and digits.
void classify_alnum(std::string_view run, Token& t) {
  std::size_t digits = 0;
  while (digits < run.size() && is_digit(run[digits])) ++digits;
  if (digits == 0) {
    bool letters_only = true;
    for (char c : run) letters_only = letters_only && is_alpha(c);
    t.kind = letters_only ? TokenKind::kWord : TokenKind::kAlnum;
    t.capitalised = is_upper(run[0]);
    if (letters_only) t.lex = lookup_word(run);
    return;
  }
  std::int64_t value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    value = value * 10 + (run[i] - '0');
    if (value > std::numeric_limits<std::int32_t>::max() / 10)
      value = std::numeric_limits<std::int32_t>::max() / 10;
  }
  t.number = static_cast<std::int32_t>(value);
  t.digits = static_cast<std::uint8_t>(digits > 255 ? 255 : digits);
  const std::string_view suffix = run.substr(digits);
  auto suffix_is = [suffix](std::string_view s) {
    if (suffix.size() != s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if ((suffix[i] | 0x20) != s[i]) return false;
    }
    return true;
  };
  if (suffix.empty()) {
    t.kind = TokenKind::kNumber;
  } else if (suffix_is("st") || suffix_is("nd") || suffix_is("rd") || suffix_is("th")) {
    t.kind = TokenKind::kOrdinal;
  } else if (suffix_is("s")) {
    t.kind = TokenKind::kDecade;
  } else {
    t.kind = TokenKind::kAlnum;
  }
}

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max() - 1);
  }
  const std::size_t n = text.size();
  std::size_t i = 0;
  bool space = true;
  bool new_sentence = true;
  bool saw_newline = false;  // since the last token
  while (i < n) {
    const char c = text[i];
    if (is_space(c)) {
      // A blank line ends a sentence even without a full stop (a heading, a dateline). A single
      // line break does not: wire copy is often hard-wrapped mid-sentence.
      if (c == '\n') {
        if (saw_newline) new_sentence = true;
        saw_newline = true;
      }
      space = true;
      ++i;
      continue;
    }
    saw_newline = false;
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.space_before = space;
    t.sentence_start = new_sentence;
    if (is_digit(c) || is_alpha(c)) {
      std::size_t j = i;
      while (j < n && (is_digit(text[j]) || is_alpha(text[j]))) {
        // "18T09:30" in an ISO timestamp: the day stays a number of its own.
        if (text[j] == 'T' && j > i && is_digit(text[j - 1]) && is_digit(c) && j + 1 < n &&
            is_digit(text[j + 1])) {
          break;
        }
        ++j;
      }
      // Digits joined by "," or "." followed by more digits stay one number ("2,006", "20.06").
      if (is_digit(c)) {
        bool all_digits = true;
        for (std::size_t k = i; k < j; ++k) all_digits = all_digits && is_digit(text[k]);
        while (all_digits && j + 1 < n && (text[j] == ',' || text[j] == '.') &&
               is_digit(text[j + 1])) {
          t.separated = true;
          ++j;
          while (j < n && is_digit(text[j])) ++j;
        }
      }
      if (t.separated) {
        t.kind = TokenKind::kNumber;
        t.number = std::numeric_limits<std::int32_t>::max();  // never a day or a year
        t.digits = 0;
      } else {
        classify_alnum(text.substr(i, j - i), t);
      }
      i = j;
    } else if (byte(c) < 0x80) {
      t.kind = c == '\'' ? TokenKind::kApostrophe : c == '-' ? TokenKind::kDash : TokenKind::kPunct;
      t.punct = c;
      ++i;
    } else {
      const std::size_t len = text::utf8_sequence_length(byte(c));
      const std::string_view seq = text.substr(i, len);
      if (seq == "\u2019" || seq == "\u2018") {
        t.kind = TokenKind::kApostrophe;
        t.punct = '\'';
      } else if (seq == "\u2013" || seq == "\u2014") {
        t.kind = TokenKind::kDash;
        t.punct = '-';
      } else if (seq == "\u00a0") {  // no-break space, as in "Nov.\u00a015"
        space = true;
        i += len;
        continue;
      }
      i += seq.size();
    }
    t.end = static_cast<std::uint32_t>(i);
    // The next token starts a sentence after . ! ? followed by space; an abbreviation's full stop
    // ("Nov. 15") also sets this, which only shortens the window the tense cues are read from.
    new_sentence =
        t.kind == TokenKind::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?');
    space = false;
    out.push_back(t);
    // The sentence flag needs the space after the stop, so it is confirmed on the next token.
  }
  for (std::size_t k = 1; k < out.size(); ++k) {
    if (out[k].sentence_start && !out[k].space_before) {
      // "3.5" cannot happen (numbers absorb it), but "U.S." can: no space, no new sentence.
      out[k].sentence_start = false;
    }
  }
}

}  // namespace newsarchive::temporal::detail
