// news-search --save, --saved, --forget and --alerts (docs/research-tools-2.md).
#pragma once

#include <optional>
#include <string>

namespace newsarchive::cli {

struct SavedSearchCommand {
  std::string save_name;    // --save NAME
  std::string forget_name;  // --forget NAME
  bool list = false;        // --saved
  bool alerts = false;      // --alerts
  bool json = false;
  std::size_t hits_per_alert = 10;
  std::string db_path, query;
  std::optional<std::string> since, until;
  bool wanted() const { return !save_name.empty() || !forget_name.empty() || list || alerts; }
};

// Runs the command; its exit status (0 done, 1 nothing there: no such saved search, no new
// article). Throws the library's errors.
int run_saved_search_command(const SavedSearchCommand& c);

}  // namespace newsarchive::cli
