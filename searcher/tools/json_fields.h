// The JSON shapes shared by --json and --jsonl (docs/json-output.md), built in one place so the
// two modes cannot drift apart.
#pragma once

#include <nlohmann/json.hpp>

#include "newsarchive/searcher.h"

namespace newsarchive::cli {

nlohmann::json hit_json(const Hit& h);
nlohmann::json term_weights_json(const std::vector<TermWeight>& terms);
nlohmann::json article_json(const ArticleRecord& a);
// One line of JSON, invalid UTF-8 replaced rather than thrown on.
std::string dump_line(const nlohmann::json& j);

}  // namespace newsarchive::cli
