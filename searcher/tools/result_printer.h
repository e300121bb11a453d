// Results are computed once by the library and printed by one of these; commands never format
// JSON or colour by hand.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::cli {

class ResultPrinter {
 public:
  virtual ~ResultPrinter() = default;
  virtual void results(const SearchResult& r, std::ostream& out) = 0;
  virtual void article(const ArticleRecord& a, std::ostream& out) = 0;
};

struct HumanStyle {
  bool colour = false;
  std::size_t width = 100;
  bool ascii = false;     // bar charts in plain ASCII instead of Unicode blocks
  std::string time_zone;  // dates shown in this IANA zone; empty: $TZ, then the system's
  bool explain = false;   // also list the terms a --like search used
};

// Throws std::runtime_error for an unknown time zone.
std::unique_ptr<ResultPrinter> make_human_printer(HumanStyle style);
std::unique_ptr<ResultPrinter> make_json_printer();
// Line modes for scripts; warnings and suggestions go to `notes` (stderr), never to stdout.
std::unique_ptr<ResultPrinter> make_jsonl_printer(std::ostream& notes);
std::unique_ptr<ResultPrinter> make_ids_printer(std::ostream& notes);
// The exact number of matches (the request must ask for exact_total).
std::unique_ptr<ResultPrinter> make_count_printer(std::ostream& notes);

// What a person should be told about a result besides its hits, one sentence each: warnings,
// then the spelling suggestion or the correction searched instead.
std::vector<std::string> result_notes(const SearchResult& r);

}  // namespace newsarchive::cli
