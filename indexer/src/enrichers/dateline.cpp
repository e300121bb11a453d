#include "newsarchive/indexer/enrichers/dateline.h"

#include "newsarchive/text/calendar_names.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::indexer {
namespace {

// A dateline opens the story: editors' notes and a byline may come first, not more.
constexpr std::size_t kSearchBytes = 600;
constexpr std::size_t kMaxCreditBytes = 40;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end of "(Source ...) -" that begins at `open`, or npos.
std::size_t credit_end(std::string_view window, std::size_t open, std::string_view source_key) {
  const std::size_t close = window.find(')', open);
  if (close == std::string_view::npos || close - open > kMaxCreditBytes)
    return std::string_view::npos;
  const std::string credit = fold_name(window.substr(open + 1, close - open - 1));
  if (credit.empty() || !credit.starts_with(source_key)) return std::string_view::npos;
  std::size_t i = close + 1;
  while (i < window.size() && is_space(window[i])) ++i;
  if (i < window.size() && window[i] == '-') return i + 1;
  if (window.substr(i).starts_with("\xE2\x80\x94")) return i + 3;  // em dash
  return std::string_view::npos;
}

bool is_shouted_word(std::string_view w) {
  bool capital = false;
  for (const char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    capital = capital || (c >= 'A' && c <= 'Z');
  }
  return capital;
}

bool is_date_word(std::string_view w) {
  if (w.empty()) return true;
  if (w.size() <= 2 && w.find_first_not_of("0123456789") == std::string_view::npos) return true;
  return text::month_number(fold_name(w)) != 0 && !is_shouted_word(w);
}

// The words in capitals that end `before` (a date after them skipped): "NEW YORK  Jan 4".
std::string shouted_tail(std::string_view before) {
  std::vector<std::string_view> words;
  std::size_t end = before.size();
  bool in_place = false;
  while (end > 0) {
    while (end > 0 && is_space(before[end - 1])) --end;
    std::size_t start = end;
    while (start > 0 && !is_space(before[start - 1])) --start;
    std::string_view w = before.substr(start, end - start);
    while (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (w.empty()) break;
    if (!in_place && is_date_word(w)) {
      end = start;
      continue;
    }
    if (!is_shouted_word(w)) break;
    in_place = true;
    words.insert(words.begin(), w);
    end = start;
  }
  std::string place;
  for (const auto w : words) place += (place.empty() ? "" : " ") + std::string(w);
  return place;
}

}  // namespace

Dateline find_dateline(std::string_view body, std::string_view source) {
  Dateline d;
  const std::string source_key = fold_name(source);
  if (source_key.empty()) return d;
  const std::string_view window = body.substr(0, kSearchBytes);
  std::size_t open = window.find('(');
  std::size_t end = std::string_view::npos;
  for (; open != std::string_view::npos; open = window.find('(', open + 1)) {
    end = credit_end(window, open, source_key);
    if (end != std::string_view::npos) break;
  }
  if (open == std::string_view::npos) return d;
  d.story_start = end;
  // "MOSCOW/MINSK" is two places of filing.
  const std::string places = shouted_tail(window.substr(0, open));
  for (std::size_t from = 0; from < places.size();) {
    const std::size_t slash = std::min(places.find('/', from), places.size());
    if (slash > from) d.places.push_back(well_cased_place(places.substr(from, slash - from)));
    from = slash + 1;
  }
  return d;
}

std::string well_cased_place(std::string_view shouted) {
  std::string out(shouted);
  bool after_letter = false;
  for (char& c : out) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool letter = upper || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    if (upper && after_letter) c = static_cast<char>(c - 'A' + 'a');
    after_letter = letter;
  }
  return out;
}

}  // namespace newsarchive::indexer
