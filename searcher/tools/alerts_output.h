// The alerts summary, for a person: printed by news-search --alerts and at the end of
// news-index --alerts.
#pragma once

#include <iosfwd>

#include "newsarchive/searcher.h"

namespace newsarchive::cli {

// One block per saved search: "NAME (QUERY): N new", then its newest hits, one a line.
void print_alerts(const AlertReport& report, std::ostream& out);
// One line per saved search: "NAME  QUERY [since X] [until Y]", names aligned.
void print_saved_searches(const std::vector<SavedSearch>& searches, std::ostream& out);

}  // namespace newsarchive::cli
