// The API's parameters become the library's SearchRequest, each bound checked (request_params.h).
#include "request_params.h"

#include "api.h"
#include "api_guard.h"

#include <gtest/gtest.h>

namespace newsarchive::server {
namespace {

SearchRequest parse(const Params& params) {
  return search_request(params, Limits{});
}

TEST(RequestParams, DefaultsAreTheLibrarysAndCorrectionIsOn) {
  const auto r = parse({{"q", "harbour"}});
  EXPECT_EQ(r.query, "harbour");
  EXPECT_EQ(r.limit, 10u);
  EXPECT_EQ(r.offset, 0u);
  EXPECT_EQ(r.sort, SortOrder::kRelevance);
  EXPECT_TRUE(r.collapse_duplicates);
  EXPECT_TRUE(r.search_suggestion_if_empty);
  EXPECT_FALSE(r.since);
}

TEST(RequestParams, EveryParameterReachesTheRequest) {
  const auto r = parse({{"q", "rates"},
                        {"offset", "20"},
                        {"limit", "5"},
                        {"sort", "oldest"},
                        {"since", "2021"},
                        {"until", "2021-06"},
                        {"facets", "person:3,date:week"},
                        {"like", "a1"},
                        {"explain", "1"},
                        {"feedback", "off"},
                        {"collapse", "0"},
                        {"exact", "true"},
                        {"correct", "0"},
                        {"snippet", "0"}});
  EXPECT_EQ(r.offset, 20u);
  EXPECT_EQ(r.limit, 5u);
  EXPECT_EQ(r.sort, SortOrder::kOldest);
  EXPECT_EQ(r.since, "2021");
  EXPECT_EQ(r.until, "2021-06");
  ASSERT_EQ(r.facets.size(), 2u);
  EXPECT_EQ(r.facets[0].field, "person");
  EXPECT_EQ(r.facets[0].size, 3u);
  EXPECT_EQ(r.facets[1].field, "date");
  EXPECT_EQ(r.facets[1].granularity, "week");
  EXPECT_EQ(r.like_id, "a1");
  EXPECT_TRUE(r.explain);
  EXPECT_EQ(r.feedback, Feedback::kOff);
  EXPECT_FALSE(r.collapse_duplicates);
  EXPECT_TRUE(r.exact_total);
  EXPECT_FALSE(r.search_suggestion_if_empty);
  EXPECT_EQ(r.snippet_length, 0u);
}

TEST(RequestParams, FiltersBecomeQuotedFieldClauses) {
  const auto r = parse({{"q", "storm"}, {"filter", "person:Xi Jinping"}, {"filter", "lang:en"}});
  EXPECT_EQ(r.query, "storm person:\"Xi Jinping\" lang:\"en\"");
  EXPECT_EQ(parse({{"filter", "cluster:abc"}}).query, "cluster:\"abc\"");
}

TEST(RequestParams, FiltersThatWouldBreakOutOfTheirQuotesAreRefused) {
  EXPECT_THROW(parse({{"filter", "person:a\" OR title:x"}}), ParamError);
  EXPECT_THROW(parse({{"filter", "body:x"}}), ParamError);
  EXPECT_THROW(parse({{"filter", "person"}}), ParamError);
  EXPECT_THROW(parse({{"filter", "person:"}}), ParamError);
}

TEST(RequestParams, EachLimitIsAClearError) {
  const Limits limits;
  EXPECT_THROW(parse({{"limit", std::to_string(limits.max_page_size + 1)}}), ParamError);
  EXPECT_NO_THROW(parse({{"limit", std::to_string(limits.max_page_size)}}));
  EXPECT_THROW(parse({{"offset", std::to_string(limits.max_offset + 1)}}), ParamError);
  EXPECT_THROW(parse({{"q", std::string(limits.max_query_bytes + 1, 'a')}}), ParamError);
  EXPECT_THROW(parse({{"q", std::string(limits.max_query_bytes - 5, 'a')}, {"filter", "lang:en"}}),
               ParamError);  // the filters count towards the query's length
  EXPECT_THROW(parse({{"facets", "date:fortnight"}}), ParamError);
  EXPECT_THROW(parse({{"facets", "person:3x"}}), ParamError);
  EXPECT_THROW(parse({{"facets", "person:201"}}), ParamError);
  EXPECT_THROW(parse({{"facets", "person,org,place,source,lang,mentions,date,person,org"}}),
               ParamError);
  try {
    parse({{"limit", "1000"}});
  } catch (const ParamError& e) {
    EXPECT_STREQ(e.what(), "'limit' is at most 100 (got 1000)");
  }
}

// A search runs no longer than the server's time per request; past it the client is told so
// with 503 and the kind "time", never an internal error.
TEST(RequestParams, EachSearchIsBoundedByTheServersTimePerRequest) {
  Limits limits;
  limits.seconds_per_request = 7;
  EXPECT_EQ(search_request({{"q", "harbour"}}, limits).time_limit, std::chrono::seconds(7));
  const Reply reply = guarded([]() -> Reply { throw TimeLimitError("the search took longer"); });
  EXPECT_EQ(reply.status, 503);
  EXPECT_NE(reply.body.find("\"kind\":\"time\""), std::string::npos) << reply.body;
}

TEST(RequestParams, MalformedValuesAreRefused) {
  for (const auto& [name, value] : Params{{"limit", "-1"},
                                          {"limit", "ten"},
                                          {"offset", "1x"},
                                          {"sort", "up"},
                                          {"feedback", "yes"},
                                          {"explain", "2"},
                                          {"facets", "colour"},
                                          {"limit", "99999999999999999999"}})
    EXPECT_THROW(parse({{name, value}}), ParamError) << name << "=" << value;
}

}  // namespace
}  // namespace newsarchive::server
