#include "spelling_suggestion.h"

#include <algorithm>

#include "newsarchive/common/schema.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

// Xapian 1.4 has no lookup of one word's spelling frequency; a skip_to on the table's iterator
// is one.
bool in_spelling_table(const Xapian::Database& db, const std::string& word) {
  auto it = db.spellings_begin();
  it.skip_to(word);
  return it != db.spellings_end() && *it == word;
}

bool is_free_text(const std::string& field) {
  if (field.empty()) return true;
  const auto* row = schema::find_by_query_name(field);
  return row && row->kind == schema::FieldKind::kFreeText;
}

// Whether some word of the query is missing from the spelling table. Stems are looked up as
// words: most stems are words too, and one that is not only costs the reparse below.
bool has_unknown_word(const Xapian::Query& parsed, const Xapian::Database& db) {
  for (auto t = parsed.get_unique_terms_begin(); t != parsed.get_unique_terms_end(); ++t) {
    const TermWeight word = describe_term(*t, 0);
    if (!is_free_text(word.field) || word.term.size() < 2) continue;
    if (std::all_of(word.term.begin(), word.term.end(),
                    [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    if (!in_spelling_table(db, word.term)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> spelling_suggestion(const QueryBuilder& builder, const std::string& text,
                                               const Xapian::Query& parsed,
                                               const Xapian::Database& db) {
  if (!has_unknown_word(parsed, db)) return std::nullopt;
  std::string corrected = builder.spelling_correction(text, db);
  if (corrected.empty() || corrected == text) return std::nullopt;
  return corrected;
}

}  // namespace newsarchive::searcher
