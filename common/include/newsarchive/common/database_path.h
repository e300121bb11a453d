#pragma once

#include <string>

namespace newsarchive {

// Where both tools keep the index unless --db says otherwise: $NEWSARCHIVE_DB, else
// $XDG_DATA_HOME/newsarchive/index, else ~/.local/share/newsarchive/index.
std::string default_database_path();

}  // namespace newsarchive
