// The JSON shapes of search results and articles (docs/json-output.md), built in one place so
// that news-search's --json and --jsonl and news-serve's HTTP API (docs/http-api.md) cannot
// drift apart.
#pragma once

#include <nlohmann/json.hpp>

#include "newsarchive/searcher.h"

namespace newsarchive::json_out {

nlohmann::json hit_json(const Hit& h);
nlohmann::json facet_json(const FacetResult& f);
nlohmann::json term_weights_json(const std::vector<TermWeight>& terms);
nlohmann::json article_json(const ArticleRecord& a);
// A whole SearchResult: the document --json prints and GET /api/search returns.
nlohmann::json search_result_json(const SearchResult& r);
// One line of JSON, invalid UTF-8 replaced rather than thrown on.
std::string dump_line(const nlohmann::json& j);

}  // namespace newsarchive::json_out
