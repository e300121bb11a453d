#include "request_limits.h"

#include <algorithm>
#include <limits>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {
namespace {

constexpr std::size_t kLargestCount = std::numeric_limits<Xapian::doccount>::max();

std::size_t word_count(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

void check_query_size(const std::string& text) {
  if (text.size() > kMaxQueryBytes)
    throw QueryError("the query is " + std::to_string(text.size()) + " bytes long; at most " +
                     std::to_string(kMaxQueryBytes) + " are searched");
  if (const auto words = word_count(text); words > kMaxQueryWords)
    throw QueryError("the query has " + std::to_string(words) + " words; at most " +
                     std::to_string(kMaxQueryWords) + " are searched");
}

Xapian::doccount page_bound(std::size_t n) {
  return static_cast<Xapian::doccount>(std::min(n, kLargestCount));
}

Xapian::doccount page_end(std::size_t a, std::size_t b) {
  return page_bound(std::min(a, kLargestCount) + std::min(b, kLargestCount));
}

}  // namespace newsarchive::searcher
