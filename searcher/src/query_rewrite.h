// Rebuilding a parsed query with some of its terms replaced: what search-time stemming (a stem
// becomes its words) and per-language stemming (a word becomes its stems) both do.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>

namespace newsarchive::searcher {

// `query` with each term that stands on its own (under AND, OR, AND_NOT, XOR, AND_MAYBE, FILTER,
// SYNONYM, MAX) replaced by replace(leaf, term), which returns
// `leaf` itself to keep it (with its within-query frequency and position). Phrases and NEAR hold
// exact words, and wildcards, ranges and weight scaling carry parameters that Xapian 1.4's Query
// does not give back: those are kept as they are.
Xapian::Query replace_terms(const Xapian::Query& query,
                            const std::function<Xapian::Query(const Xapian::Query& leaf,
                                                              const std::string& term)>& replace);

}  // namespace newsarchive::searcher
