#include "lineage_json.h"

namespace newsarchive::json_out {
namespace {

using nlohmann::json;

json copy_json(const LineageCopy& c) {
  return {{"id", c.id},
          {"title", c.title},
          {"source", c.source},
          {"url", c.url},
          {"date", c.date ? json(*c.date) : json(nullptr)},
          {"delay_seconds", c.delay_seconds ? json(*c.delay_seconds) : json(nullptr)}};
}

json copies_json(const std::vector<LineageCopy>& copies) {
  json out = json::array();
  for (const auto& c : copies) out.push_back(copy_json(c));
  return out;
}

}  // namespace

json lineage_json(const Lineage& l) {
  return {{"id", l.id},
          {"cluster", l.cluster.empty() ? json(nullptr) : json(l.cluster)},
          {"first_source", l.first_source ? json(*l.first_source) : json(nullptr)},
          {"copies", copies_json(l.copies)},
          {"undated", copies_json(l.undated)}};
}

}  // namespace newsarchive::json_out
