// Checks that a search over shards returned what the same search over one database did.
// Scores must agree rank by rank; hits with equal scores and dates may come in another order
// (Xapian breaks such ties by document id, and shards number documents differently).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "newsarchive/searcher.h"

namespace newsarchive::testing {

// Every match on one page, with every facet and the histogram: nothing is estimated.
inline SearchRequest every_match_with_facets(const std::string& query, SortOrder sort) {
  SearchRequest r;
  r.query = query;
  r.sort = sort;
  r.limit = 2000;
  r.snippet_length = 80;
  for (const char* f : {"person", "org", "place", "source", "lang", "mentions", "date"})
    r.facets.push_back({f, 1000});
  return r;
}

inline bool same_score(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

inline void expect_same_result(const SearchResult& sharded, const SearchResult& single) {
  EXPECT_EQ(sharded.total_estimate, single.total_estimate);
  EXPECT_EQ(sharded.total_lower_bound, single.total_lower_bound);
  EXPECT_EQ(sharded.total_upper_bound, single.total_upper_bound);
  ASSERT_EQ(sharded.hits.size(), single.hits.size());
  const auto& hits = single.hits;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    EXPECT_TRUE(same_score(sharded.hits[i].score, hits[i].score))
        << "rank " << i + 1 << ": " << sharded.hits[i].score << " vs " << hits[i].score;
    EXPECT_EQ(sharded.hits[i].date, hits[i].date) << "rank " << i + 1;
    const auto tied = [&](std::size_t j) {
      return j < hits.size() && same_score(hits[j].score, hits[i].score) &&
             hits[j].date == hits[i].date;
    };
    if (!tied(i + 1) && (i == 0 || !tied(i - 1))) {
      EXPECT_EQ(sharded.hits[i].id, hits[i].id) << "rank " << i + 1;
    }
  }
  std::vector<std::string> a, b;
  for (const auto& h : sharded.hits) a.push_back(h.id);
  for (const auto& h : hits) b.push_back(h.id);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(a, b);
  ASSERT_EQ(sharded.facets.size(), single.facets.size());
  for (std::size_t f = 0; f < single.facets.size(); ++f) {
    const auto &x = sharded.facets[f], &y = single.facets[f];
    SCOPED_TRACE("facet " + y.field);
    EXPECT_EQ(x.field, y.field);
    EXPECT_EQ(x.granularity, y.granularity);
    EXPECT_EQ(x.undated, y.undated);
    ASSERT_EQ(x.values.size(), y.values.size());
    for (std::size_t v = 0; v < y.values.size(); ++v) {
      EXPECT_EQ(x.values[v].key, y.values[v].key);
      EXPECT_EQ(x.values[v].label, y.values[v].label);
      EXPECT_EQ(x.values[v].count, y.values[v].count);
    }
  }
}

}  // namespace newsarchive::testing
