// The research tools over HTTP: the same library calls and the same JSON as news-search's
// --trend, --kwic and --lineage with --json (docs/json-output.md).
#include "api.h"
#include "lineage_json.h"
#include "research_json.h"
#include "result_json.h"

namespace newsarchive::server {

Reply Api::trend(const Params& params) const {
  return guarded([&]() -> Reply {
    const auto result = searcher_.trend(trend_request(params, limits_));
    return {200, "application/json", json_out::dump_line(json_out::trend_json(result))};
  });
}

Reply Api::concordance(const Params& params) const {
  return guarded([&]() -> Reply {
    const auto result = searcher_.concordance(concordance_request(params, limits_));
    return {200, "application/json", json_out::dump_line(json_out::concordance_json(result))};
  });
}

Reply Api::lineage(const std::string& id) const {
  return guarded([&]() -> Reply {
    if (!searcher_.article(id))
      return error_reply(404, "not_found", "no article with id '" + id + "'");
    return {200, "application/json",
            json_out::dump_line(json_out::lineage_json(story_lineage(searcher_, id)))};
  });
}

}  // namespace newsarchive::server
