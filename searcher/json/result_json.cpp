#include "result_json.h"

namespace newsarchive::json_out {
namespace {

using nlohmann::json;

json optional_text(const std::optional<std::string>& s) {
  return s ? json(*s) : json(nullptr);
}

}  // namespace

json term_weights_json(const std::vector<TermWeight>& terms) {
  json out = json::array();
  for (const auto& t : terms)
    out.push_back(
        {{"term", t.term}, {"field", t.field}, {"stemmed", t.stemmed}, {"weight", t.weight}});
  return out;
}

json hit_json(const Hit& h) {
  json highlights = json::array();
  for (const auto& hl : h.snippet.highlights) highlights.push_back({hl.begin, hl.end});
  json out{{"rank", h.rank},
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
  if (h.explanation)
    out["explanation"] = {{"terms", term_weights_json(h.explanation->terms)},
                          {"other", h.explanation->other}};
  return out;
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
  if (f.field == "first-source") out["undated"] = f.undated;  // clusters with no dated copy
  return out;
}

json search_result_json(const SearchResult& r) {
  json hits = json::array();
  for (const auto& h : r.hits) hits.push_back(hit_json(h));
  json facets = json::array();
  for (const auto& f : r.facets) facets.push_back(facet_json(f));
  return {{"query", r.query},
          {"total",
           {{"estimate", r.total_estimate},
            {"lower_bound", r.total_lower_bound},
            {"upper_bound", r.total_upper_bound},
            {"articles", r.articles_estimate}}},
          {"hits", hits},
          {"facets", facets},
          {"suggestion", optional_text(r.suggestion)},
          {"corrected", r.corrected},
          {"like_terms", term_weights_json(r.like_terms)},
          {"feedback_terms", term_weights_json(r.feedback_terms)},
          {"warnings", r.warnings}};
}

json article_json(const ArticleRecord& a) {
  return {{"id", a.id},
          {"title", a.title},
          {"date", optional_text(a.date)},
          {"source", a.source},
          {"authors", a.authors},
          {"url", a.url},
          {"language", a.language},
          {"origin", a.origin},
          {"body", a.body}};
}

std::string dump_line(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace newsarchive::json_out
