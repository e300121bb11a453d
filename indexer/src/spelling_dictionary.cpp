#include "newsarchive/indexer/spelling_dictionary.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace newsarchive::indexer {
namespace {

constexpr Xapian::doccount kArticlesPerExtraOccurrence = 50000;
// Longer "words" are URLs, hashes or run-together text: nobody misspells them in a query.
constexpr std::size_t kLongestWord = 32;

// Every schema prefix, like Xapian's stemmed-term prefix Z, begins with a capital letter.
bool is_prefixed(const std::string& term) {
  return !term.empty() && term.front() >= 'A' && term.front() <= 'Z';
}
constexpr const char* kAfterPrefixes = "[";

// A word worth suggesting: an unprefixed term that is not a number and not absurdly long.
bool is_suggestible_word(const std::string& term) {
  if (term.size() < 2 || term.size() > kLongestWord) return false;
  if (is_prefixed(term)) return false;
  for (const unsigned char c : term)
    if (c < '0' || c > '9') return true;
  return false;
}

}  // namespace

Xapian::doccount spelling_min_frequency(Xapian::doccount document_count) {
  return 1 + document_count / kArticlesPerExtraOccurrence;
}

SpellingUpdate update_spelling_dictionary(Xapian::WritableDatabase& db) {
  const Xapian::doccount min_frequency = spelling_min_frequency(db.get_doccount());
  // Both lists are sorted, so one merge walk finds every difference. The changes are applied
  // after the walk: the spelling table is not modified under its own iterator.
  std::vector<std::pair<std::string, std::int64_t>> changes;  // word, frequency change
  SpellingUpdate update;
  auto s = db.spellings_begin();
  const auto s_end = db.spellings_end();
  const auto stale_before = [&](const std::string* term) {
    for (; s != s_end && (!term || *s < *term); ++s) {
      changes.emplace_back(*s, -static_cast<std::int64_t>(s.get_termfreq()));
      ++update.removed;
    }
  };
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    std::string term = *t;
    if (is_prefixed(term)) {
      // Every prefixed term sorts between "A" and "[" (just after "Z"): jump over them all,
      // more than half of an archive's terms (stems, ids, URLs, entities), in one seek.
      t.skip_to(kAfterPrefixes);
      if (t == db.allterms_end()) break;
      term = *t;
    }
    stale_before(&term);
    Xapian::doccount have = 0;
    if (s != s_end && *s == term) {
      have = s.get_termfreq();
      ++s;
    }
    const Xapian::doccount want =
        is_suggestible_word(term) && t.get_termfreq() >= min_frequency ? t.get_termfreq() : 0;
    if (want == have) continue;
    changes.emplace_back(term, static_cast<std::int64_t>(want) - static_cast<std::int64_t>(have));
    ++(have == 0 ? update.added : want == 0 ? update.removed : update.changed);
  }
  stale_before(nullptr);
  for (const auto& [word, delta] : changes) {
    if (delta > 0)
      db.add_spelling(word, static_cast<Xapian::termcount>(delta));
    else
      db.remove_spelling(word, static_cast<Xapian::termcount>(-delta));
  }
  db.commit();
  return update;
}

}  // namespace newsarchive::indexer
