// "Did you mean": a corrected query from the index's spelling data (built by news-index from
// its own vocabulary, indexer/src/spelling_dictionary.cpp).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "query_builder.h"

namespace newsarchive::searcher {

// The query with its unknown or rare words corrected, or nothing. A word is a candidate when
// the spelling table does not hold it (never seen, or too rare to be offered); only then is the
// query parsed again with Xapian's spelling correction, so a query of known words costs a
// few table lookups and nothing more.
std::optional<std::string> spelling_suggestion(const QueryBuilder& builder, const std::string& text,
                                               const Xapian::Query& parsed,
                                               const Xapian::Database& db);

}  // namespace newsarchive::searcher
