// "Did you mean": a corrected query from the index's spelling data (built by news-index from
// its own vocabulary, indexer/src/spelling_dictionary.cpp).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace newsarchive::searcher {

// `text` with each unknown or rare word replaced by Xapian's suggestion for it, everything else
// (operators, fields, phrases, wildcards, spacing, capitals) as written; nothing when no word
// needs a correction. A word is corrected only when the spelling table does not hold it (never
// seen, or too rare to be offered): Xapian's own QueryParser correction also "corrects" known
// words into similar ones (bridge -> bridge's), which is wrong for a word the archive has.
// A suggestion that is the same word in another form (its stem by one of `stemmers`, the
// languages the query is stemmed for, equals the word's) is no correction: the search finds
// that form already ("Regierung" in an archive that writes only "Regierungen").
// Costs one table lookup per word of a well-spelt query.
std::optional<std::string> spelling_suggestion(const std::string& text, const Xapian::Database& db,
                                               const std::vector<Xapian::Stem>& stemmers = {});

}  // namespace newsarchive::searcher
