#include "newsarchive/common/database_path.h"

#include <cstdlib>

namespace newsarchive {

std::string default_database_path() {
  const auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v ? v : "";
  };
  if (auto db = env("NEWSARCHIVE_DB"); !db.empty()) return db;
  if (auto xdg = env("XDG_DATA_HOME"); !xdg.empty()) return xdg + "/newsarchive/index";
  if (auto home = env("HOME"); !home.empty()) return home + "/.local/share/newsarchive/index";
  return ".newsarchive/index";
}

}  // namespace newsarchive
