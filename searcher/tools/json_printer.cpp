// The --json output, documented in docs/json-output.md.
#include <nlohmann/json.hpp>

#include <ostream>

#include "result_printer.h"

namespace newsarchive::cli {
namespace {

using nlohmann::json;

json optional_text(const std::optional<std::string>& s) {
  return s ? json(*s) : json(nullptr);
}

json hit_json(const Hit& h) {
  json highlights = json::array();
  for (const auto& hl : h.snippet.highlights) highlights.push_back({hl.begin, hl.end});
  return {{"rank", h.rank},
          {"score", h.score},
          {"id", h.id},
          {"title", h.title},
          {"date", optional_text(h.date)},
          {"source", h.source},
          {"authors", h.authors},
          {"url", h.url},
          {"language", h.language},
          {"snippet", h.snippet.text},
          {"highlights", highlights},
          {"similar", h.similar},
          {"cluster", h.cluster.empty() ? json(nullptr) : json(h.cluster)}};
}

json facet_json(const FacetResult& f) {
  json values = json::array();
  for (const auto& v : f.values)
    values.push_back({{"key", v.key}, {"label", v.label}, {"count", v.count}});
  json out{{"field", f.field}, {"values", values}};
  if (f.field == "date") {
    out["granularity"] = f.granularity;
    out["undated"] = f.undated;
  }
  return out;
}

class JsonPrinter final : public ResultPrinter {
 public:
  void results(const SearchResult& r, std::ostream& out) override {
    json hits = json::array();
    for (const auto& h : r.hits) hits.push_back(hit_json(h));
    json facets = json::array();
    for (const auto& f : r.facets) facets.push_back(facet_json(f));
    const json doc{{"query", r.query},
                   {"total",
                    {{"estimate", r.total_estimate},
                     {"lower_bound", r.total_lower_bound},
                     {"upper_bound", r.total_upper_bound},
                     {"articles", r.articles_estimate}}},
                   {"hits", hits},
                   {"facets", facets},
                   {"warnings", r.warnings}};
    out << doc.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }

  void article(const ArticleRecord& a, std::ostream& out) override {
    const json doc{{"id", a.id},
                   {"title", a.title},
                   {"date", optional_text(a.date)},
                   {"source", a.source},
                   {"authors", a.authors},
                   {"url", a.url},
                   {"language", a.language},
                   {"origin", a.origin},
                   {"body", a.body}};
    out << doc.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<ResultPrinter> make_json_printer() {
  return std::make_unique<JsonPrinter>();
}

}  // namespace newsarchive::cli
