#include "alerts_output.h"

#include <algorithm>
#include <ostream>

namespace newsarchive::cli {
namespace {

std::string described(const SavedSearch& s) {
  std::string out = s.query;
  if (s.since) out += (out.empty() ? "" : " ") + std::string("since ") + *s.since;
  if (s.until) out += (out.empty() ? "" : " ") + std::string("until ") + *s.until;
  return out;
}

}  // namespace

void print_alerts(const AlertReport& report, std::ostream& out) {
  if (report.alerts.empty()) {
    out << "No saved searches (save one: news-search --save NAME QUERY).\n";
    return;
  }
  for (const auto& a : report.alerts) {
    out << a.search.name << " (" << described(a.search) << "): ";
    out << (a.total == 0 ? std::string("nothing new") : std::to_string(a.total) + " new") << "\n";
    for (const auto& h : a.hits)
      out << "  " << h.date.value_or("undated") << "  " << h.source << "  " << h.title << "  (id "
          << h.id << ")\n";
    if (a.total > a.hits.size()) out << "  … and " << a.total - a.hits.size() << " more\n";
  }
}

void print_saved_searches(const std::vector<SavedSearch>& searches, std::ostream& out) {
  std::size_t width = 0;
  for (const auto& s : searches) width = std::max(width, s.name.size());
  for (const auto& s : searches)
    out << s.name << std::string(width - s.name.size() + 2, ' ') << described(s) << "\n";
}

}  // namespace newsarchive::cli
