// Streaming every result of a search (news-search --all) and turning each into a row of named
// fields (news-search --csv): Searcher::for_each_hit and Searcher::export_rows.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "hit_sink.h"
#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

// `request` itself, or with `all` every result of it: from the first, with no page limit.
SearchRequest every_result_if(const SearchRequest& request, bool all);

std::uint64_t stream_hits(const SinkSearch& search, const SearchRequest& request, bool all,
                          const std::function<void(const Hit&)>& visit);

std::uint64_t stream_rows(const SinkSearch& search, const ExportRequest& request,
                          const std::function<void(const std::vector<std::string>&)>& row);

}  // namespace newsarchive::searcher
