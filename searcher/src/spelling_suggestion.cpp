#include "spelling_suggestion.h"

#include <xapian/unicode.h>

#include <array>
#include <string_view>

#include "newsarchive/common/schema.h"

namespace newsarchive::searcher {
namespace {

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_operator(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kOperators{"AND", "OR",   "NOT",
                                                              "XOR", "NEAR", "ADJ"};
  for (const auto op : kOperators)
    if (w == op) return true;
  return false;
}

// Xapian 1.4 has no lookup of one word's spelling frequency; a skip_to on the table's iterator
// is one.
bool in_spelling_table(const Xapian::Database& db, const std::string& word) {
  auto it = db.spellings_begin();
  it.skip_to(word);
  return it != db.spellings_end() && *it == word;
}

// Whether the word at [begin, end) of `text` is searched as free text: not an operator, not a
// wildcard, not the value of a filter field (source:, person:, ...), not a number.
bool is_checked_word(const std::string& text, std::size_t begin, std::size_t end) {
  const std::string_view word(text.data() + begin, end - begin);
  if (word.size() < 2 || is_operator(word)) return false;
  if (end < text.size() && text[end] == '*') return false;
  if (word.find_first_not_of("0123456789") == std::string_view::npos) return false;
  if (end < text.size() && text[end] == ':') return false;  // a field name
  if (begin > 0 && text[begin - 1] == ':') {
    std::size_t name = begin - 1;
    while (name > 0 && is_word_byte(text[name - 1])) --name;
    const auto* row = schema::find_by_query_name(text.substr(name, begin - 1 - name));
    return row && row->kind == schema::FieldKind::kFreeText;
  }
  return true;
}

// Keeps a capitalised word capitalised ("Khameini" -> "Khamenei"): the table holds lower case.
std::string in_case_of(const std::string& original, std::string suggestion) {
  if (!original.empty() && original.front() >= 'A' && original.front() <= 'Z' &&
      !suggestion.empty() && suggestion.front() >= 'a' && suggestion.front() <= 'z')
    suggestion.front() = static_cast<char>(suggestion.front() - 'a' + 'A');
  return suggestion;
}

// Whether `a` and `b` are one word in one of the languages: the same stem.
bool same_word(const std::string& a, const std::string& b, const std::vector<Xapian::Stem>& stems) {
  for (const auto& stem : stems)
    if (stem(a) == stem(b)) return true;
  return false;
}

}  // namespace

std::optional<std::string> spelling_suggestion(const std::string& text, const Xapian::Database& db,
                                               const std::vector<Xapian::Stem>& stemmers) {
  std::string out;
  bool changed = false;
  std::size_t at = 0;
  while (at < text.size()) {
    if (!is_word_byte(text[at])) {
      out += text[at++];
      continue;
    }
    std::size_t end = at;
    // Apostrophes inside a word belong to it ("bridge's"), as Xapian's term generator reads it.
    while (end < text.size() &&
           (is_word_byte(text[end]) ||
            (text[end] == '\'' && end + 1 < text.size() && is_word_byte(text[end + 1]))))
      ++end;
    const std::string word = text.substr(at, end - at);
    std::string replacement = word;
    if (is_checked_word(text, at, end)) {
      const std::string lower = Xapian::Unicode::tolower(word);
      if (!in_spelling_table(db, lower)) {
        const std::string suggestion = db.get_spelling_suggestion(lower);
        if (!suggestion.empty() && !same_word(lower, suggestion, stemmers)) {
          replacement = in_case_of(word, suggestion);
          changed = true;
        }
      }
    }
    out += replacement;
    at = end;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace newsarchive::searcher
