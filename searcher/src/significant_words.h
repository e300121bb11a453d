// --facets words: what a result set is about. The words most significant for the matches
// against the whole archive, found by Xapian's query expansion (Enquire::get_eset) with the best
// matches as the relevance set: a word scores by how much more often it occurs in those
// articles than in the archive at large.
#pragma once

#include <cstddef>

#include "derived_facets.h"

namespace newsarchive::searcher {

// How many of the best matches make the relevance set: enough for a topic's vocabulary to
// outweigh one article's, few enough that reading their term lists stays cheap.
inline constexpr Xapian::doccount kWordsRelevanceSet = 100;

// The `size` most significant plain words of the matches (no prefixed or stemmed terms, no
// stopwords, numbers or single letters, none that shares a stem with a word of the query, one
// word per stem), each with the number of matches containing that very word. Most significant
// first: FacetValue::key and label are both the word.
FacetResult significant_words(const DerivedFacetContext& context, std::size_t size);

}  // namespace newsarchive::searcher
