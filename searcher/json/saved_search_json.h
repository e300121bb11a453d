// The JSON shapes of saved searches and alerts (docs/json-output.md, "Saved searches").
#pragma once

#include <nlohmann/json.hpp>

#include "newsarchive/searcher.h"

namespace newsarchive::json_out {

nlohmann::json saved_searches_json(const std::vector<SavedSearch>& searches);
nlohmann::json alerts_json(const AlertReport& report);

}  // namespace newsarchive::json_out
