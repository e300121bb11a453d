// The dateline and credit that open a wire story: "WASHINGTON (Reuters) -",
// "NEW YORK, Jan 4 (Reuters) -", "By Toni Clarke BOSTON Jan 5 (Reuters) -". They say where the
// story was filed and who sent it, not what it is about, so the recogniser reads the story after
// them and the places of filing are indexed apart (the `dateline:` field).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::indexer {

struct Dateline {
  std::vector<std::string> places;  // well-cased: "New York", "London"
  std::size_t story_start = 0;      // where the story begins in the body (0: no dateline found)
};

// Looks for the credit of `source` ("(Reuters)", "(Reuters Life!)") followed by a dash in the
// first few hundred bytes of `body`, and the places written in capitals just before it.
Dateline find_dateline(std::string_view body, std::string_view source);

// "NEW YORK" -> "New York", "ST. LOUIS" -> "St. Louis": a place written in capitals, cased as
// running text writes it.
std::string well_cased_place(std::string_view shouted);

}  // namespace newsarchive::indexer
