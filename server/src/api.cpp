#include "api.h"

#include "result_json.h"

namespace newsarchive::server {
namespace {

using nlohmann::json;

Reply json_reply(const json& body) {
  return {200, "application/json", json_out::dump_line(body)};
}

const std::vector<FacetRequest> kDefaultFacets{{"person", 10}, {"org", 10},  {"place", 10},
                                               {"source", 10}, {"lang", 10}, {"date", 10}};

}  // namespace

Reply error_reply(int status, const std::string& kind, const std::string& message) {
  return {status, "application/json",
          json_out::dump_line({{"error", {{"kind", kind}, {"message", message}}}})};
}

Reply Api::search(const Params& params) const {
  return guarded([&] {
    return json_reply(
        json_out::search_result_json(searcher_.search(search_request(params, limits_))));
  });
}

Reply Api::facets(const Params& params) const {
  return guarded([&] {
    auto request = search_request(params, limits_);
    request.limit = 0;
    request.snippet_length = 0;
    if (request.facets.empty()) request.facets = kDefaultFacets;
    const auto result = searcher_.search(request);
    json facets = json::array();
    for (const auto& f : result.facets) facets.push_back(json_out::facet_json(f));
    return json_reply({{"query", result.query},
                       {"total", result.total_estimate},
                       {"facets", facets},
                       {"warnings", result.warnings}});
  });
}

Reply Api::article(const std::string& id) const {
  return guarded([&] {
    const auto article = searcher_.article(id);
    if (!article) return error_reply(404, "not_found", "no article with id '" + id + "'");
    return json_reply(json_out::article_json(*article));
  });
}

Reply Api::health() const {
  return guarded([&] {
    const auto status = searcher_.status();
    return json_reply({{"status", status.missing.empty() ? "ok" : "partial"},
                       {"articles", status.articles},
                       {"revision", status.revision ? json(*status.revision) : json(nullptr)},
                       {"shards",
                        {{"total", status.shards},
                         {"answering", status.shards_answering},
                         {"missing", status.missing}}}});
  });
}

}  // namespace newsarchive::server
