// What one request may ask of news-serve, so that no client can tie up the server: each bound
// is checked before any search runs and answered with a clear 400 (docs/http-api.md).
#pragma once

#include <cstddef>

namespace newsarchive::server {

struct Limits {
  std::size_t max_query_bytes = 1000;    // the query and its filters together
  std::size_t max_page_size = 100;       // `limit`
  std::size_t max_offset = 10000;        // `offset`: deeper paging is what `all` is for
  std::size_t max_facets = 8;            // facets in one request
  std::size_t max_facet_values = 200;    // values of one facet
  std::size_t max_snippet_bytes = 1000;  // `snippet`
  std::size_t max_export_rows = 100000;  // rows one `all` export streams
  unsigned seconds_per_request = 30;     // reading, writing, and an export's whole stream
};

}  // namespace newsarchive::server
