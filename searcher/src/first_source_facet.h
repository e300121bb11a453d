// --facets first-source: for the near-duplicate clusters among a search's matches, which source
// published each first. A wire story reprinted by many papers is one cluster
// (docs/duplicates.md); its first dated copy names the outlet that had it first.
#pragma once

#include <xapian.h>

#include <cstddef>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

// Counts, over the clusters of two or more articles that have at least one article matching
// `query`, the source of each cluster's earliest dated copy (all its copies count, matching or
// not: the question is who had the story first). Clusters with no dated copy are counted in
// FacetResult::undated. Ties on the publication time go to the copy indexed first.
FacetResult first_sources(const Xapian::Database& db, const Xapian::Query& query, std::size_t size);

}  // namespace newsarchive::searcher
