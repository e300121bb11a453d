#include "term_names.h"

#include "newsarchive/common/schema.h"

namespace newsarchive::searcher {
namespace {

// Xapian's QueryParser and TermGenerator mark stemmed terms with this prefix (before any field
// prefix); it is Xapian's convention, not a field of our schema.
constexpr char kStemMarker = 'Z';

bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

}  // namespace

bool is_plain_word(const std::string& term) {
  return !term.empty() && !is_capital(term.front());
}

std::string text_word(std::string term) {
  if (term.size() > 1 && term.front() == kStemMarker) term.erase(0, 1);
  if (term.empty() || !is_capital(term.front())) return term;
  for (const auto& row : schema::fields()) {
    if (row.kind != schema::FieldKind::kFreeText || row.prefix.empty()) continue;
    if (term.starts_with(row.prefix) && term.size() > row.prefix.size() &&
        !is_capital(term[row.prefix.size()]))
      return term.substr(row.prefix.size());
  }
  return {};
}

TermWeight describe_term(const std::string& term, double weight) {
  TermWeight out;
  out.weight = weight;
  std::string rest = term;
  if (rest.size() > 1 && rest.front() == kStemMarker) {
    out.stemmed = true;
    rest.erase(0, 1);
  }
  // The longest schema prefix that the term begins with; prefixed values that begin with a
  // capital themselves are separated by ':' (schema::boolean_term).
  std::size_t best = 0;
  for (const auto& row : schema::fields()) {
    const auto p = row.prefix;
    if (p.empty() || p.size() <= best || !rest.starts_with(p)) continue;
    const bool boundary =
        rest.size() == p.size() || rest[p.size()] == ':' || !is_capital(rest[p.size()]);
    if (!boundary) continue;
    best = p.size();
    out.field = std::string(row.query_name);
  }
  if (best > 0) {
    rest.erase(0, best);
    if (!rest.empty() && rest.front() == ':') rest.erase(0, 1);
  }
  out.term = rest;
  return out;
}

}  // namespace newsarchive::searcher
