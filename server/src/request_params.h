// Turns an HTTP request's query parameters into the library's SearchRequest, checking each
// against the server's Limits. One place reads parameters, so /api/search, /api/facets and the
// exports understand the same names (docs/http-api.md).
#pragma once

#include <map>
#include <stdexcept>
#include <string>

#include "newsarchive/searcher.h"
#include "request_limits.h"

namespace newsarchive::server {

using Params = std::multimap<std::string, std::string>;

// A parameter that is malformed or over a limit: a 400 of kind "request".
class ParamError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// q, filter (repeated), since, until, sort, offset, limit, facets, snippet, like, explain,
// feedback, collapse, exact, correct.
SearchRequest search_request(const Params& params, const Limits& limits);

// The `filter` values as query-language clauses: person:Xi Jinping -> person:"Xi Jinping".
std::string filter_clauses(const Params& params);

// /api/trend: q repeated (each a query; `filter`s apply to every one), by=day|week|month|year,
// since, until. At most max_facets queries.
TrendRequest trend_request(const Params& params, const Limits& limits);

// /api/kwic: the parameters of /api/search for which articles (q, filter, since, until, sort,
// offset, limit), context (words each side, at most kMaxContextWords) and
// order=results|left|right|date.
inline constexpr std::size_t kMaxContextWords = 50;
ConcordanceRequest concordance_request(const Params& params, const Limits& limits);

// One parameter's value, or `fallback` when absent.
std::string param(const Params& params, const std::string& name, const std::string& fallback = "");
bool flag_param(const Params& params, const std::string& name, bool fallback);

}  // namespace newsarchive::server
