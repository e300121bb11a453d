// Searcher::trend: each query's matches per period against all articles of the period, counted
// by the date facet (from its in-memory column over local shards): one counting match per query
// and one over every article, never a loop over the matching documents here.
#include <map>

#include "date_periods.h"
#include "newsarchive/searcher.h"

namespace newsarchive {
namespace {

// Articles per period of one search: its date histogram at the trend's granularity, every
// article counted (copies of one story are each an article of their period).
FacetResult histogram_of(const Searcher& s, const std::string& query, const TrendRequest& t) {
  SearchRequest r;
  r.query = query;
  r.limit = 0;
  r.snippet_length = 0;
  r.since = t.since;
  r.until = t.until;
  r.collapse_duplicates = false;
  r.feedback = Feedback::kOff;
  FacetRequest date;
  date.field = "date";
  date.granularity = std::string(searcher::period_name(static_cast<searcher::Period>(t.period)));
  r.facets.push_back(date);
  SearchResult result = s.search(r);
  return std::move(result.facets.at(0));
}

TrendSeries series_on_axis(const std::string& query, const FacetResult& h,
                           const TrendResult& axis) {
  std::map<std::string, std::uint64_t> by_period;
  for (const auto& v : h.values) by_period[v.key] = v.count;
  TrendSeries series;
  series.query = query;
  series.undated = h.undated;
  for (std::size_t i = 0; i < axis.periods.size(); ++i) {
    const auto it = by_period.find(axis.periods[i]);
    const std::uint64_t n = it == by_period.end() ? 0 : it->second;
    series.counts.push_back(n);
    series.shares.push_back(axis.articles[i] == 0 ? 0.0 : double(n) / double(axis.articles[i]));
  }
  return series;
}

}  // namespace

static_assert(int(TrendPeriod::kDay) == int(searcher::Period::kDay) &&
                  int(TrendPeriod::kWeek) == int(searcher::Period::kWeek) &&
                  int(TrendPeriod::kMonth) == int(searcher::Period::kMonth) &&
                  int(TrendPeriod::kYear) == int(searcher::Period::kYear),
              "TrendPeriod converts to Period by value");

TrendResult Searcher::trend(const TrendRequest& request) const {
  if (request.queries.empty()) throw QueryError("a trend needs at least one query");
  for (const auto& q : request.queries)
    if (q.find_first_not_of(" \t\r\n") == std::string::npos)
      throw QueryError("a trend query is empty");
  // The axis: every dated article, so that every query's periods are on it.
  const FacetResult all = histogram_of(*this, "", request);
  TrendResult result;
  result.granularity =
      std::string(searcher::period_name(static_cast<searcher::Period>(request.period)));
  for (const auto& v : all.values) {
    result.periods.push_back(v.key);
    result.articles.push_back(v.count);
  }
  for (const auto& q : request.queries)
    result.series.push_back(series_on_axis(q, histogram_of(*this, q, request), result));
  return result;
}

}  // namespace newsarchive
