// Which written form of an entity a facet shows: the rules of better_label (entity_key.h), shared
// by the recogniser's per-article vote and the searcher's facet counting.
#include <algorithm>
#include <tuple>

#include "newsarchive/text/entity_key.h"

namespace newsarchive {

bool is_full_form(std::string_view display, std::string_view key) {
  return name_key(display) == key;
}

bool is_shouted(std::string_view display) {
  bool has_capital = false;
  std::size_t words = 0, longest = 0, run = 0;
  for (const char c : display) {
    if (c >= 'a' && c <= 'z') return false;
    const bool capital = c >= 'A' && c <= 'Z';
    has_capital = has_capital || capital;
    if (capital) {
      if (run++ == 0) ++words;
      longest = std::max(longest, run);
    } else if (c == ' ' || c == '-' || c == '/') {
      run = 0;
    }
  }
  // Non-ASCII letters are judged by their ASCII neighbours: "MÜNCHEN" shouts, "Zürich" does not.
  return has_capital && (words > 1 || longest >= 5);
}

LabelCandidate label_candidate(std::string_view key, std::string_view display,
                               std::uint64_t count) {
  return {display, count, (is_shouted(display) ? 0 : 2) + (is_full_form(display, key) ? 1 : 0)};
}

bool better_label(const LabelCandidate& a, const LabelCandidate& b) {
  const auto rank = [](const LabelCandidate& c) {
    return std::make_tuple(c.quality, c.count, c.display.size());
  };
  if (rank(a) != rank(b)) return rank(a) > rank(b);
  return a.display < b.display;
}

}  // namespace newsarchive
