// news-search --lineage ID: a story's copies in publication order, for a person or as JSON.
#pragma once

#include <iosfwd>

#include "newsarchive/searcher.h"

namespace newsarchive::cli {

// "+0", "+45s", "+12m", "+3h 05m", "+2d 4h": how long after the first copy.
std::string format_delay(std::int64_t seconds);

void print_lineage(const Lineage& l, std::ostream& out);
void print_lineage_json(const Lineage& l, std::ostream& out);

}  // namespace newsarchive::cli
