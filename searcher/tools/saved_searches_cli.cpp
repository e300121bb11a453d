#include "saved_searches_cli.h"

#include <iostream>

#include "alerts_output.h"
#include "newsarchive/searcher.h"
#include "result_json.h"
#include "saved_search_json.h"

namespace newsarchive::cli {
namespace {

int save(const SavedSearchCommand& c) {
  if (c.query.find_first_not_of(" \t\r\n") == std::string::npos && !c.since && !c.until) {
    std::cerr << "news-search: --save " << c.save_name << ": no query to save\n";
    return 2;
  }
  save_search(c.db_path, SavedSearch{c.save_name, c.query, c.since, c.until});
  std::cout << "saved search '" << c.save_name << "'\n";
  return 0;
}

int forget(const SavedSearchCommand& c) {
  if (!forget_search(c.db_path, c.forget_name)) {
    std::cerr << "news-search: no saved search '" << c.forget_name << "'\n";
    return 1;
  }
  std::cout << "forgot saved search '" << c.forget_name << "'\n";
  return 0;
}

int list(const SavedSearchCommand& c) {
  const auto searches = saved_searches(c.db_path);
  if (c.json)
    std::cout << json_out::dump_line(json_out::saved_searches_json(searches));
  else
    print_saved_searches(searches, std::cout);
  return searches.empty() ? 1 : 0;
}

// Shows the new matches, then remembers where it stopped (the only write, after the reading).
int alerts(const SavedSearchCommand& c) {
  const Searcher searcher(c.db_path);
  const AlertReport report = read_alerts(searcher, c.hits_per_alert);
  if (c.json)
    std::cout << json_out::dump_line(json_out::alerts_json(report));
  else
    print_alerts(report, std::cout);
  std::cout.flush();
  mark_alerts_read(c.db_path, report.until);
  for (const auto& a : report.alerts)
    if (a.total > 0) return 0;
  return 1;
}

}  // namespace

int run_saved_search_command(const SavedSearchCommand& c) {
  if (!c.save_name.empty()) return save(c);
  if (!c.forget_name.empty()) return forget(c);
  if (c.list) return list(c);
  return alerts(c);
}

}  // namespace newsarchive::cli
