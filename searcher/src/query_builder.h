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
  // The stemmer the query was parsed with, for highlighting the same stems in snippets.
  Xapian::Stem stemmer;
};

class QueryBuilder {
 public:
  // `language` is the ISO code of the index's default stemmer.
  explicit QueryBuilder(const std::string& language);

  // Parses `text` against `db` (needed for wildcards). A query that the strict grammar rejects
  // is retried without operators, with a warning that says so; a bad field value throws
  // QueryError.
  ParsedQuery parse(const std::string& text, const Xapian::Database& db) const;

 private:
  // The field processors note a value they reject in `rejection` (field_processors.h).
  Xapian::QueryParser make_parser(const Xapian::Database& db, const Xapian::Stem& stem,
                                  std::string& rejection) const;
  // A Xapian::Stem keeps working state, so each parse makes its own from this name; the builder
  // itself is then safe to share between threads.
  std::string snowball_language_;
  Xapian::SimpleStopper stopper_;
};

}  // namespace newsarchive::searcher
