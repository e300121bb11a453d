// The JSON shape of a story's lineage (docs/json-output.md, "Story lineage").
#pragma once

#include <nlohmann/json.hpp>

#include "newsarchive/searcher.h"

namespace newsarchive::json_out {

nlohmann::json lineage_json(const Lineage& l);

}  // namespace newsarchive::json_out
