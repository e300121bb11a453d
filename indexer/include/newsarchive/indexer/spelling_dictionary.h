// The "did you mean" data: Xapian's spelling table made to hold the index's own word vocabulary
// (unprefixed terms) with their document frequencies, so the searcher can suggest corrections
// from the archive's words.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace newsarchive::indexer {

struct SpellingUpdate {
  std::size_t added = 0;    // words new to the table
  std::size_t changed = 0;  // words whose frequency changed
  std::size_t removed = 0;  // words no longer in the index (or now too rare)
};

// The least number of articles a word must appear in to be offered as a correction. It grows
// with the archive (1 up to 50,000 articles, then one more per 50,000): in a big archive a word
// seen in one or two articles is more often a typo or an OCR error than a word to suggest, and
// leaving it out of the table is what lets Xapian suggest a correction *for* it.
Xapian::doccount spelling_min_frequency(Xapian::doccount document_count);

// Brings the spelling table of `db` in line with its committed vocabulary: one pass over the
// unprefixed terms and one over the table, writing only the differences, so a re-run after a
// small change writes little. Call after the last commit of a run (each shard its own); the
// changes are committed here.
SpellingUpdate update_spelling_dictionary(Xapian::WritableDatabase& db);

}  // namespace newsarchive::indexer
