// Pseudo-relevance feedback: the best few hits of a first search are taken as relevant, and the
// words they share are added to the query with weights, so that a second search also finds
// articles that say the same thing in other words ("coup" for "overthrow the regime").
//
// The expansion is a relevance model (Lavrenko and Croft's "RM", as in RM3): a word's weight is
// its share of each feedback article's words, summed over the articles, each article counting
// by its score relative to the first. It was chosen on the TIME collection (docs/query-syntax.md
// gives the figures) over Xapian's own ESet weightings (trad and Bo1), which gained less.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "newsarchive/searcher.h"
#include "stem_groups.h"

namespace newsarchive::searcher {

struct Expansion {
  Xapian::Query query;            // the original query, its ranking helped by the words below
  std::vector<TermWeight> terms;  // the words added, heaviest first (empty: nothing added)
};

// The distinct free-text terms of a query (stems, words and phrase members; not filters).
std::size_t text_term_count(const Xapian::Query& query);

// Expands `query` (its stems already grouped by `groups`) from its best hits under
// `weighting`. The result matches exactly what `query` matches (the words only add weight), so
// filters, +must and -exclude still hold. `query_terms` is text_term_count() of the query as
// parsed, before grouping. Each feedback article's words count in its own language (its stems,
// less its language's stopwords; `default_language` for an article of a language without a
// stemmer), so the words added to a search of a mixed archive are each language's own. Each
// added stem searches for its group of words.
Expansion expand_by_feedback(const Xapian::Database& db, const Xapian::Query& query,
                             std::size_t query_terms, const Xapian::Weight& weighting,
                             StemGroups& groups, const std::string& default_language);

}  // namespace newsarchive::searcher
