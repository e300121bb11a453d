#include "first_source_facet.h"

#include <optional>
#include <string>

#include "derived_facets.h"
#include "facet_spies.h"
#include "newsarchive/common/schema.h"

namespace newsarchive::searcher {
namespace {

using schema::Field;

// The source value of a cluster's earliest dated copy; "" when no copy is dated; nothing when
// the cluster is one article (it has no lineage to tell).
std::optional<std::string> first_source_of(const Xapian::Database& db, const std::string& key) {
  const std::string term = schema::filter_term(Field::kCluster, key);
  std::size_t copies = 0;
  std::string earliest, source;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    ++copies;
    const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    // Sortable-serialised times order as strings; an undated copy has no value.
    std::string when = doc.get_value(schema::slot(Field::kDate));
    if (when.empty() || (!earliest.empty() && when >= earliest)) continue;
    earliest = std::move(when);
    source = doc.get_value(schema::slot(Field::kSource));
  }
  if (copies < 2) return std::nullopt;
  return earliest.empty() ? std::string() : source;
}

}  // namespace

FacetResult first_sources(const Xapian::Database& db, const Xapian::Query& query,
                          std::size_t size) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::ValueCountMatchSpy clusters(schema::slot(Field::kCluster));
  enquire.add_matchspy(&clusters);
  enquire.get_mset(0, 0, db.get_doccount());

  KeyCountSpy sources(schema::slot(Field::kSource), /*key_list=*/false);
  std::uint64_t undated = 0;
  for (auto v = clusters.values_begin(); v != clusters.values_end(); ++v) {
    const auto first = first_source_of(db, *v);
    if (!first) continue;
    if (first->empty())
      ++undated;
    else
      sources.add(*first, 1);
  }
  FacetResult out = sources.top(std::string(kFirstSourceFacet), size);
  out.undated = undated;
  return out;
}

}  // namespace newsarchive::searcher
