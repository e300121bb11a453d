#include "derived_facets.h"

#include "first_source_facet.h"
#include "significant_words.h"

namespace newsarchive::searcher {

bool is_derived_facet(std::string_view name) {
  return name == kWordsFacet || name == kFirstSourceFacet;
}

std::vector<std::string> derived_facet_names() {
  return {std::string(kWordsFacet), std::string(kFirstSourceFacet)};
}

void count_derived_facets(const DerivedFacetContext& context, const SearchRequest& request,
                          std::vector<FacetResult>& facets) {
  for (std::size_t i = 0; i < facets.size() && i < request.facets.size(); ++i) {
    const FacetRequest& wanted = request.facets[i];
    if (wanted.field == kWordsFacet)
      facets[i] = significant_words(context, wanted.size);
    else if (wanted.field == kFirstSourceFacet)
      facets[i] = first_sources(context.db, context.query, wanted.size);
  }
}

}  // namespace newsarchive::searcher
