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
};

class QueryBuilder {
 public:
  // `language` is the ISO code of the index's default stemmer.
  explicit QueryBuilder(const std::string& language);

  // Parses `text` against `db` (needed for wildcards). A query that the strict grammar rejects
  // is retried without operators, with a warning that says so; a bad field value throws
  // QueryError.
  ParsedQuery parse(const std::string& text, const Xapian::Database& db) const;
  const Xapian::Stem& stemmer() const { return stemmer_; }

 private:
  Xapian::QueryParser make_parser(const Xapian::Database& db) const;
  Xapian::Stem stemmer_;
  Xapian::SimpleStopper stopper_;
};

}  // namespace newsarchive::searcher
