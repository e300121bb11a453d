// Whole searches through the library's Searcher on the sample archive: the query with --like,
// facet requests, --since/--until, sorting, paging, feedback and explanations as the input
// chooses them. The archive is sound, so only QueryError (a request the user must change) is an
// answer; a DatabaseError here means a request broke the search.
#include <fuzzer/FuzzedDataProvider.h>

#include <array>

#include "fuzz_input.h"
#include "newsarchive/searcher.h"
#include "tiny_index.h"

namespace {

using newsarchive::SearchRequest;

constexpr std::array<const char*, 8> kFacetFields = {"person", "org",      "place", "source",
                                                     "lang",   "mentions", "date",  "topics"};

void add_options(FuzzedDataProvider& in, SearchRequest& request) {
  request.offset = in.ConsumeIntegralInRange<std::size_t>(0, 40);
  request.limit = in.ConsumeIntegralInRange<std::size_t>(0, 20);
  request.sort = static_cast<newsarchive::SortOrder>(in.ConsumeIntegralInRange(0, 2));
  request.snippet_length = in.ConsumeIntegralInRange<std::size_t>(0, 400);
  request.collapse_duplicates = in.ConsumeBool();
  request.feedback = static_cast<newsarchive::Feedback>(in.ConsumeIntegralInRange(0, 2));
  request.explain = in.ConsumeBool();
  request.exact_total = in.ConsumeBool();
  request.search_suggestion_if_empty = in.ConsumeBool();
  for (int facets = in.ConsumeIntegralInRange(0, 3); facets > 0; --facets)
    request.facets.push_back(
        {kFacetFields[in.ConsumeIntegralInRange<std::size_t>(0, kFacetFields.size() - 1)],
         in.ConsumeIntegralInRange<std::size_t>(0, 30)});
}

// The ids of the sample archive's articles, so that --like finds one more often than by chance.
std::vector<std::string> article_ids(const newsarchive::Searcher& searcher) {
  SearchRequest all;
  all.limit = 1000;
  all.collapse_duplicates = false;
  all.snippet_length = 0;
  std::vector<std::string> ids;
  for (const auto& hit : searcher.search(all).hits) ids.push_back(hit.id);
  if (ids.empty()) std::abort();
  return ids;
}

void add_texts(FuzzedDataProvider& in, const std::vector<std::string>& ids,
               SearchRequest& request) {
  switch (in.ConsumeIntegralInRange(0, 2)) {
    case 1:
      request.like_id = ids[in.ConsumeIntegralInRange<std::size_t>(0, ids.size() - 1)];
      break;
    case 2:
      request.like_id = in.ConsumeRandomLengthString(64);
      break;
  }
  if (in.ConsumeBool()) request.since = in.ConsumeRandomLengthString(24);
  if (in.ConsumeBool()) request.until = in.ConsumeRandomLengthString(24);
  request.query = in.ConsumeRemainingBytesAsString();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  static const Searcher searcher(fuzz::tiny_index());
  static const std::vector<std::string> ids = article_ids(searcher);
  FuzzedDataProvider in(data, size);
  SearchRequest request;
  add_options(in, request);
  add_texts(in, ids, request);
  try {
    const auto result = searcher.search(request);
    for (const auto& hit : result.hits)
      for (const auto& h : hit.snippet.highlights)
        if (h.begin > h.end || h.end > hit.snippet.text.size()) std::abort();
  } catch (const QueryError&) {
  }
  return 0;
}
