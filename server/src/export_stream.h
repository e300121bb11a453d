// `all=1`: every match of a search, streamed as CSV or JSON Lines. The library returns pages,
// so the export asks for one page after another and writes each as it comes; it stops at the
// server's row and time limits and says so in its last line.
#pragma once

#include <chrono>
#include <string>

#include "newsarchive/searcher.h"
#include "request_limits.h"

namespace newsarchive::server {

enum class ExportFormat { kJsonLines, kCsv };

class ExportStream {
 public:
  // Runs the first page at once, so that a bad query throws here, before any byte is sent.
  ExportStream(const Searcher& searcher, SearchRequest request, ExportFormat format,
               const Limits& limits);

  // The next piece of output; empty when the export is complete.
  std::string next_chunk();

  static const char* content_type(ExportFormat format);

 private:
  std::string rows(const SearchResult& page);
  std::string stop_note(const std::string& why) const;

  const Searcher& searcher_;
  SearchRequest request_;
  ExportFormat format_;
  Limits limits_;
  std::chrono::steady_clock::time_point deadline_;
  std::size_t written_ = 0;
  std::string pending_;
  bool done_ = false;
};

// One CSV line (RFC 4180) of a hit; a cell a spreadsheet would run as a formula (=, +, -, @)
// gets a leading apostrophe.
std::string csv_row(const Hit& hit);
std::string csv_header();

}  // namespace newsarchive::server
