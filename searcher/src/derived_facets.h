// Facets that are not counts of a stored value: what the matches are about ("words", the terms
// most significant for them against the whole archive) and which source published each of their
// near-duplicate clusters first ("first-source"). They are computed after the match, from the
// final query, and take their place among the other facets in the order requested.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

inline constexpr std::string_view kWordsFacet = "words";
inline constexpr std::string_view kFirstSourceFacet = "first-source";

bool is_derived_facet(std::string_view name);
std::vector<std::string> derived_facet_names();

struct DerivedFacetContext {
  const Xapian::Database& db;
  const Xapian::Query& query;  // what the search matched (filters and date bounds included)
  const Xapian::Stem& stemmer;
  const std::string& language;  // the archive's default language code (its stopwords)
};

// Fills each FacetResult of `facets` whose field is a derived facet (left empty by the counting
// of stored values) with its values, the size asked for in `request`.
void count_derived_facets(const DerivedFacetContext& context, const SearchRequest& request,
                          std::vector<FacetResult>& facets);

}  // namespace newsarchive::searcher
