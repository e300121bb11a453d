// Thread-safe: every parse builds its own QueryParser and stemmer.
// The query language, built from the schema table: free-text fields become QueryParser
// prefixes, filters become boolean prefixes with a normalising field processor, and date: a
// range over the date slot.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace newsarchive::searcher {

struct ParsedQuery {
  Xapian::Query query;
  std::vector<std::string> warnings;
  // The stemmer of the archive's default language, for highlighting the same stems in snippets.
  Xapian::Stem stemmer;
  // The languages the query's words were stemmed for besides the default's own parse (ISO
  // codes; query_languages.h); empty when only the default language's stems were needed.
  std::vector<std::string> stem_languages;
  // The query as the default language's stems alone make it, for counting its words (a word
  // stemmed for six languages is still one word of a question).
  Xapian::Query counted;
};

class QueryBuilder {
 public:
  // `language` is the ISO code of the index's default stemmer. A query is stemmed for every
  // language it searches; without `stems_indexed` (an archive stemmed at search time) its stems
  // are kept for StemGroups to turn into the archive's words, rather than checked against the
  // archive's stem terms.
  explicit QueryBuilder(const std::string& language, bool stems_indexed = true);

  // Parses `text` against `db` (needed for wildcards). A query that the strict grammar rejects
  // is retried without operators, with a warning that says so; a bad field value throws
  // QueryError.
  ParsedQuery parse(const std::string& text, const Xapian::Database& db) const;

 private:
  // The field processors note a value they reject in `rejection` (field_processors.h).
  ParsedQuery parse_with(const std::string& text, const Xapian::Database& db,
                         const Xapian::Stem& stem) const;
  Xapian::QueryParser make_parser(const Xapian::Database& db, const Xapian::Stem& stem,
                                  std::string& rejection) const;
  // A Xapian::Stem keeps working state, so each parse makes its own for this language; the
  // builder itself is then safe to share between threads.
  std::string default_code_;
  bool stems_indexed_;
  Xapian::SimpleStopper stopper_;
};

}  // namespace newsarchive::searcher
