#include "query_rewrite.h"

#include <vector>

namespace newsarchive::searcher {
namespace {

bool rebuildable(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return true;
    default:
      return false;
  }
}

}  // namespace

Xapian::Query replace_terms(const Xapian::Query& query,
                            const std::function<Xapian::Query(const Xapian::Query& leaf,
                                                              const std::string& term)>& replace) {
  const auto type = query.get_type();
  if (type == Xapian::Query::LEAF_TERM) return replace(query, *query.get_terms_begin());
  if (!rebuildable(type)) return query;
  std::vector<Xapian::Query> parts;
  parts.reserve(query.get_num_subqueries());
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    parts.push_back(replace_terms(query.get_subquery(i), replace));
  return Xapian::Query(type, parts.begin(), parts.end());
}

}  // namespace newsarchive::searcher
