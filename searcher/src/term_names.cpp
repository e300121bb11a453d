#include "term_names.h"

#include "newsarchive/common/schema.h"

namespace newsarchive::searcher {
namespace {

using schema::kStemMarker;

bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

// The free-text field prefix ("S", "A") that `term` begins with, followed by a lower-case word;
// "" when there is none.
std::string free_text_prefix(const std::string& term) {
  std::string best;
  for (const auto& row : schema::fields()) {
    if (row.kind != schema::FieldKind::kFreeText || row.prefix.empty()) continue;
    const auto p = row.prefix;
    if (p.size() > best.size() && term.size() > p.size() && term.starts_with(p) &&
        !is_capital(term[p.size()]))
      best = std::string(p);
  }
  return best;
}

}  // namespace

std::pair<std::string, std::string> split_stemmed_term(const std::string& term) {
  if (term.size() < 2 || term.front() != kStemMarker) return {};
  const std::string rest = term.substr(1);
  if (!is_capital(rest.front())) return {"", rest};
  const std::string prefix = free_text_prefix(rest);
  if (prefix.empty()) return {};
  return {prefix, rest.substr(prefix.size())};
}

bool is_plain_word(const std::string& term) {
  return !term.empty() && !is_capital(term.front());
}

std::string text_word(std::string term) {
  const bool stem = term.size() > 1 && term.front() == kStemMarker;
  if (stem) term.erase(0, 1);
  if (!term.empty() && is_capital(term.front())) {
    const std::string prefix = free_text_prefix(term);
    term = prefix.empty() ? std::string() : term.substr(prefix.size());
  }
  // A stem of a language other than the archive's default carries its mark ("fr:élect").
  if (const auto mark_end = term.find(schema::kStemLanguageSeparator);
      stem && mark_end != std::string::npos)
    term.erase(0, mark_end + 1);
  return term;
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
