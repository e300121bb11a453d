// --explain: why a hit has its score, term by term.
#pragma once

#include <xapian.h>

#include "newsarchive/searcher.h"
#include "stem_groups.h"

namespace newsarchive::searcher {

// Each query term that matched the hit, with its own contribution under `weighting` (the scheme
// the search ranked with), and the rest of the score as `other`. A term's contribution is
// measured by matching that term alone against that one document: with the ranking's weighting a
// term's weight depends only on the term, the document and collection statistics, so the parts add
// up to the score of an unboosted query. `id_term` is the hit's unique id term. Costs one tiny
// match per matched term, and only for hits shown. Words that matched as the group of one stem
// (`groups`) are weighed together and shown as that stem.
Explanation explain_hit(const Xapian::Database& db, const Xapian::Enquire& enquire,
                        const Xapian::MSetIterator& hit, const std::string& id_term,
                        const Xapian::Weight& weighting, StemGroups& groups);

}  // namespace newsarchive::searcher
