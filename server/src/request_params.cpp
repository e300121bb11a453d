#include "request_params.h"

#include <algorithm>
#include <string_view>

namespace newsarchive::server {
namespace {

// The fields a stored facet counts (the library's list), and so the fields a facet click can
// filter on.
bool is_facet(const std::string& name) {
  static const std::vector<std::string> names = filter_facet_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Filters: the facet fields, and a near-duplicate cluster ("+N similar").
bool is_filter_field(const std::string& name) {
  return is_facet(name) || name == "cluster";
}

std::size_t number_param(const Params& params, const std::string& name, std::size_t fallback,
                         std::size_t max) {
  const auto text = param(params, name);
  if (text.empty()) return fallback;
  std::size_t used = 0;
  unsigned long long value = 0;
  try {
    if (text.front() != '-') value = std::stoull(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size())
    throw ParamError("'" + name + "' must be a whole number, not '" + text + "'");
  if (value > max)
    throw ParamError("'" + name + "' is at most " + std::to_string(max) + " (got " + text + ")");
  return static_cast<std::size_t>(value);
}

std::string choice_param(const Params& params, const std::string& name,
                         std::initializer_list<std::string_view> choices) {
  const auto value = param(params, name, std::string(*choices.begin()));
  if (std::find(choices.begin(), choices.end(), value) == choices.end())
    throw ParamError("'" + name + "' cannot be '" + value + "'");
  return value;
}

std::vector<FacetRequest> facet_requests(const Params& params, const Limits& limits) {
  std::vector<FacetRequest> facets;
  const std::string all = param(params, "facets");
  for (std::size_t start = 0; start < all.size();) {
    const auto comma = std::min(all.find(',', start), all.size());
    const auto spec = all.substr(start, comma - start);
    start = comma + 1;
    if (spec.empty()) continue;
    try {
      facets.push_back(parse_facet_spec(spec));
    } catch (const QueryError& e) {
      throw ParamError(std::string("facets ") + e.what());
    }
    if (facets.back().size > limits.max_facet_values)
      throw ParamError("'facets " + facets.back().field + "' is at most " +
                       std::to_string(limits.max_facet_values) + " (got " + spec + ")");
  }
  if (facets.size() > limits.max_facets)
    throw ParamError("at most " + std::to_string(limits.max_facets) + " facets at once");
  return facets;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

std::string param(const Params& params, const std::string& name, const std::string& fallback) {
  const auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

bool flag_param(const Params& params, const std::string& name, bool fallback) {
  const auto value = param(params, name);
  if (value.empty()) return fallback;
  if (value == "1" || value == "true" || value == "yes") return true;
  if (value == "0" || value == "false" || value == "no") return false;
  throw ParamError("'" + name + "' must be 1 or 0, not '" + value + "'");
}

std::string filter_clauses(const Params& params) {
  std::string clauses;
  const auto [first, last] = params.equal_range("filter");
  for (auto it = first; it != last; ++it) {
    const auto colon = it->second.find(':');
    const auto field = it->second.substr(0, colon);
    if (colon == std::string::npos || !is_filter_field(field))
      throw ParamError("filter '" + it->second + "': expected FIELD:VALUE with FIELD a facet (" +
                       joined(filter_facet_names()) + ") or cluster");
    const auto value = it->second.substr(colon + 1);
    // A quote would end the phrase early and let the rest be read as query syntax.
    if (value.empty() || value.find('"') != std::string::npos)
      throw ParamError("filter '" + it->second + "': the value must be non-empty, without '\"'");
    clauses += (clauses.empty() ? "" : " ") + field + ":\"" + value + "\"";
  }
  return clauses;
}

SearchRequest search_request(const Params& params, const Limits& limits) {
  SearchRequest request;
  const auto filters = filter_clauses(params);
  request.query = param(params, "q");
  if (!filters.empty()) request.query += (request.query.empty() ? "" : " ") + filters;
  if (request.query.size() > limits.max_query_bytes)
    throw ParamError("the query and its filters are at most " +
                     std::to_string(limits.max_query_bytes) + " bytes long");
  request.offset = number_param(params, "offset", 0, limits.max_offset);
  request.limit = number_param(params, "limit", 10, limits.max_page_size);
  request.snippet_length = number_param(params, "snippet", 220, limits.max_snippet_bytes);
  const auto sort = choice_param(params, "sort", {"relevance", "newest", "oldest"});
  request.sort = sort == "newest"   ? SortOrder::kNewest
                 : sort == "oldest" ? SortOrder::kOldest
                                    : SortOrder::kRelevance;
  if (const auto since = param(params, "since"); !since.empty()) request.since = since;
  if (const auto until = param(params, "until"); !until.empty()) request.until = until;
  if (const auto like = param(params, "like"); !like.empty()) request.like_id = like;
  request.facets = facet_requests(params, limits);
  const auto feedback = choice_param(params, "feedback", {"auto", "on", "off"});
  request.feedback = feedback == "on"    ? Feedback::kOn
                     : feedback == "off" ? Feedback::kOff
                                         : Feedback::kAuto;
  request.explain = flag_param(params, "explain", false);
  request.collapse_duplicates = flag_param(params, "collapse", true);
  request.exact_total = flag_param(params, "exact", false);
  request.search_suggestion_if_empty = flag_param(params, "correct", true);
  request.time_limit = std::chrono::seconds(limits.seconds_per_request);
  return request;
}

TrendRequest trend_request(const Params& params, const Limits& limits) {
  TrendRequest request;
  const auto filters = filter_clauses(params);
  for (auto [it, end] = params.equal_range("q"); it != end; ++it) {
    std::string query = it->second;
    if (!filters.empty()) query += (query.empty() ? "" : " ") + filters;
    if (query.find_first_not_of(" \t") == std::string::npos)
      throw ParamError("each 'q' of a trend must be a query");
    if (query.size() > limits.max_query_bytes)
      throw ParamError("each query and its filters are at most " +
                       std::to_string(limits.max_query_bytes) + " bytes long");
    request.queries.push_back(std::move(query));
  }
  if (request.queries.empty()) throw ParamError("a trend needs at least one 'q'");
  if (request.queries.size() > limits.max_facets)
    throw ParamError("at most " + std::to_string(limits.max_facets) + " queries in one trend");
  const auto by = choice_param(params, "by", {"month", "day", "week", "year"});
  request.period = by == "day"    ? TrendPeriod::kDay
                   : by == "week" ? TrendPeriod::kWeek
                   : by == "year" ? TrendPeriod::kYear
                                  : TrendPeriod::kMonth;
  if (const auto since = param(params, "since"); !since.empty()) request.since = since;
  if (const auto until = param(params, "until"); !until.empty()) request.until = until;
  return request;
}

ConcordanceRequest concordance_request(const Params& params, const Limits& limits) {
  ConcordanceRequest request;
  request.search = search_request(params, limits);
  request.context_words = number_param(params, "context", 8, kMaxContextWords);
  const auto order = choice_param(params, "order", {"results", "left", "right", "date"});
  request.order = order == "left"    ? ConcordanceOrder::kLeft
                  : order == "right" ? ConcordanceOrder::kRight
                  : order == "date"  ? ConcordanceOrder::kDate
                                     : ConcordanceOrder::kResults;
  return request;
}

}  // namespace newsarchive::server
