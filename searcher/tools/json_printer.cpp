// The --json output, documented in docs/json-output.md.
#include <ostream>

#include "json_fields.h"
#include "result_printer.h"

namespace newsarchive::cli {
namespace {

using nlohmann::json;

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
                   {"suggestion", r.suggestion ? json(*r.suggestion) : json(nullptr)},
                   {"corrected", r.corrected},
                   {"like_terms", term_weights_json(r.like_terms)},
                   {"feedback_terms", term_weights_json(r.feedback_terms)},
                   {"warnings", r.warnings}};
    out << dump_line(doc);
  }

  void article(const ArticleRecord& a, std::ostream& out) override {
    out << dump_line(article_json(a));
  }
};

}  // namespace

std::unique_ptr<ResultPrinter> make_json_printer() {
  return std::make_unique<JsonPrinter>();
}

}  // namespace newsarchive::cli
