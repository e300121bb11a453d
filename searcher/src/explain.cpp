#include "explain.h"

#include <algorithm>
#include <set>

#include "term_names.h"

namespace newsarchive::searcher {
namespace {

double weight_in(const Xapian::Database& db, const Xapian::Query& term, const std::string& id_term,
                 const Xapian::Weight& weighting) {
  Xapian::Enquire single(db);
  single.set_weighting_scheme(weighting);
  // The article's unique id term (not its docid, which differs from shard to shard) keeps the
  // match to this one document; a boolean filter adds nothing to the weight.
  single.set_query(Xapian::Query(Xapian::Query::OP_FILTER, term, Xapian::Query(id_term)));
  const Xapian::MSet m = single.get_mset(0, 1);
  return m.empty() ? 0.0 : m.begin().get_weight();
}

}  // namespace

Explanation explain_hit(const Xapian::Database& db, const Xapian::Enquire& enquire,
                        const Xapian::MSetIterator& hit, const std::string& id_term,
                        const Xapian::Weight& weighting, StemGroups& groups) {
  Explanation out;
  double sum = 0;
  std::set<std::string> stems_done;
  for (auto t = enquire.get_matching_terms_begin(hit); t != enquire.get_matching_terms_end(hit);
       ++t) {
    // The words of one stem were weighed together, as one term: show them as their stem.
    const std::string stem = groups.stem_of(*t);
    if (!stem.empty() && !stems_done.insert(stem).second) continue;
    const std::string term = stem.empty() ? *t : stem;
    const double w =
        weight_in(db, stem.empty() ? Xapian::Query(term) : groups.group(stem), id_term, weighting);
    // Filters (source:, person:, ...) match without weight: they say nothing about the rank.
    if (w <= 0) continue;
    out.terms.push_back(describe_term(term, w));
    sum += w;
  }
  std::stable_sort(out.terms.begin(), out.terms.end(),
                   [](const TermWeight& a, const TermWeight& b) { return a.weight > b.weight; });
  out.other = hit.get_weight() - sum;
  return out;
}

}  // namespace newsarchive::searcher
