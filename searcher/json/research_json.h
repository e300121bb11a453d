// The JSON of the research tools (docs/json-output.md, "Research tools"): the concordance and the
// trend, shared by news-search and, later, news-serve.
#pragma once

#include <nlohmann/json.hpp>

#include "newsarchive/searcher.h"

namespace newsarchive::json_out {

// {id, date, source, left, match, right}: one --kwic --jsonl line.
nlohmann::json concordance_line_json(const ConcordanceLine& l);
// The --kwic --json object.
nlohmann::json concordance_json(const ConcordanceResult& r);
// The --trend --json object.
nlohmann::json trend_json(const TrendResult& r);

}  // namespace newsarchive::json_out
