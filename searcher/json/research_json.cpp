#include "research_json.h"

namespace newsarchive::json_out {

using nlohmann::json;

json concordance_line_json(const ConcordanceLine& l) {
  return {{"id", l.id},         {"date", l.date ? json(*l.date) : json(nullptr)},
          {"source", l.source}, {"left", l.left},
          {"match", l.match},   {"right", l.right}};
}

json concordance_json(const ConcordanceResult& r) {
  json lines = json::array();
  for (const auto& l : r.lines) lines.push_back(concordance_line_json(l));
  return {{"query", r.query},
          {"articles", r.articles},
          {"total", r.total},
          {"lines", lines},
          {"warnings", r.warnings}};
}

json trend_json(const TrendResult& r) {
  json series = json::array();
  for (const auto& s : r.series)
    series.push_back(
        {{"query", s.query}, {"counts", s.counts}, {"shares", s.shares}, {"undated", s.undated}});
  return {{"granularity", r.granularity},
          {"periods", r.periods},
          {"articles", r.articles},
          {"series", series},
          {"warnings", r.warnings}};
}

}  // namespace newsarchive::json_out
