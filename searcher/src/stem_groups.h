// Stemming at search time, for archives created with it (IndexOptions::search_time_stemming).
// Their indexer keeps each word once, as written and with its positions (Xapian's STEM_NONE),
// instead of also adding its stem: that halves the terms Xapian's single-threaded writer must
// take per article (docs/performance.md). A stemmed query term
// from the QueryParser ("Zelect", "ZSelect" in the title) is replaced here by the words of
// the archive that share its stem, joined with OP_SYNONYM: the ranking then weighs them as one
// term, as it weighed the indexed stem (with the document frequency corrected: see
// one_term_factor), and wildcards, spelling and phrases keep the exact words.
//
// The words are found by scanning the archive's terms (which Xapian's remote backend serves,
// unlike its synonym table) from a key that every word of the stem begins with, and stemming
// each. One StemGroups belongs to one search: it caches what it found, and is not shared.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "stem_group_cache.h"

namespace newsarchive::searcher {

class StemGroups {
 public:
  // `stemmer` is the one the query was parsed with, that of the archive's `default_language`
  // (ISO 639-1; "en" selects the tight scan key proved for Snowball's English stemmer, see the
  // .cpp). `cache`, if given, keeps what is found for later searches, and must outlive this
  // object. Not `active` (an archive that indexes its stems), every stemmed term stays as it is.
  StemGroups(const Xapian::Database& db, Xapian::Stem stemmer, std::string default_language,
             StemGroupCache* cache = nullptr, bool active = true);
  bool active() const { return active_; }

  // `query` with each stemmed term replaced by its group. Phrases, wildcards, filters and
  // ranges are kept as they are (the QueryParser stems no word inside a phrase).
  Xapian::Query expand(const Xapian::Query& query);

  // The group of a stemmed term ("Zelect"): one word as a term, several under OP_SYNONYM, or
  // the stemmed term itself when no word of the archive has that stem (an archive indexed
  // before this change still holds its stems, and matches them).
  Xapian::Query group(const std::string& stemmed_term);

  // The stemmed term whose group `word` was put in by this object ("election" -> "Zelect"),
  // or "" when it is in none.
  std::string stem_of(const std::string& word) const;

 private:
  // The factor by which the OP_SYNONYM of `words` is scaled so that it weighs what one term
  // in the articles of all `words` would. Costs a boolean match over the words' postings.
  double one_term_factor(const std::vector<std::string>& words) const;
  // The words of `prefix`'s field whose stem is `stem`: a stem of the default language, or
  // another's with its mark ("fr:élect", stemmed by that language's stemmer).
  std::vector<std::string> words_with_stem(const std::string& prefix, const std::string& stem);
  Xapian::Stem& stemmer_of(const std::string& language);  // "" for the default
  // The articles stemmed in `language`: those whose lang: value it is, in any spelling ("fr",
  // "fr-CA"), as the indexer chose each article's stemmer.
  Xapian::Query articles_in(const std::string& language) const;

  Xapian::Database db_;
  Xapian::Stem stemmer_;
  std::map<std::string, Xapian::Stem> marked_stemmers_;
  std::string default_language_;
  bool active_;
  StemGroupCache* cache_;
  StemGroupCache::Snapshot snapshot_{};
  std::map<std::string, Xapian::Query> groups_;
  std::unordered_map<std::string, std::string> stem_of_word_;
};

}  // namespace newsarchive::searcher
