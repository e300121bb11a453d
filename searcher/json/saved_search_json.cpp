#include "saved_search_json.h"

#include "result_json.h"

namespace newsarchive::json_out {
namespace {

using nlohmann::json;

json saved_search_json(const SavedSearch& s) {
  return {{"name", s.name},
          {"query", s.query},
          {"since", s.since ? json(*s.since) : json(nullptr)},
          {"until", s.until ? json(*s.until) : json(nullptr)}};
}

}  // namespace

json saved_searches_json(const std::vector<SavedSearch>& searches) {
  json list = json::array();
  for (const auto& s : searches) list.push_back(saved_search_json(s));
  return {{"saved", list}};
}

json alerts_json(const AlertReport& report) {
  json alerts = json::array();
  for (const auto& a : report.alerts) {
    json hits = json::array();
    for (const auto& h : a.hits) hits.push_back(hit_json(h));
    json one = saved_search_json(a.search);
    one["total"] = a.total;
    one["hits"] = hits;
    alerts.push_back(one);
  }
  return {{"since_sequence", report.since}, {"until_sequence", report.until}, {"alerts", alerts}};
}

}  // namespace newsarchive::json_out
