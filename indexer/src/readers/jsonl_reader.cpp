#include "newsarchive/indexer/readers/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>

#include "bounded_read.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/indexer/limits.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

using nlohmann::json;

// The first of `keys` that the object has with a non-null value.
const json* first_of(const json& obj, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    const auto it = obj.find(k);
    if (it != obj.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

// Text from a string, a number, a list of strings, or an object with a "name" (schema.org's
// {"@type": "Person", "name": ...}).
std::string as_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return std::to_string(v.get<double>());
  if (v.is_object()) {
    if (const auto* name = first_of(v, {"name", "@value", "text"})) return as_text(*name);
    return {};
  }
  if (v.is_array()) {
    std::string joined;
    for (const auto& e : v) {
      const std::string part = as_text(e);
      if (part.empty()) continue;
      if (!joined.empty()) joined += "\n\n";
      joined += part;
    }
    return joined;
  }
  return {};
}

std::vector<std::string> as_list(const json& v) {
  std::vector<std::string> out;
  if (v.is_array()) {
    for (const auto& e : v)
      if (auto s = std::string(text::trim(as_text(e))); !s.empty()) out.push_back(std::move(s));
  } else if (auto s = std::string(text::trim(as_text(v))); !s.empty()) {
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

bool parse_json_article(std::string_view line, Article& a, std::string& error) {
  if (json_nesting_depth(line) > limits::kMaxNestingDepth) {
    error = "nested too deeply (over " + std::to_string(limits::kMaxNestingDepth) +
            " levels of arrays and objects)";
    return false;
  }
  const json obj = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) {
    error = "not valid JSON";
    return false;
  }
  if (!obj.is_object()) {
    error = "not a JSON object";
    return false;
  }
  if (const auto* v = first_of(obj, {"id", "guid", "docno", "_id"})) a.id = as_text(*v);
  if (const auto* v = first_of(obj, {"title", "headline", "name"})) a.title = as_text(*v);
  if (const auto* v = first_of(obj, {"body", "text", "content", "articleBody", "description"}))
    a.body = as_text(*v);
  if (const auto* v = first_of(obj, {"url", "link", "uri"})) a.url = as_text(*v);
  if (const auto* v = first_of(obj, {"source", "publisher", "site"})) a.source = as_text(*v);
  if (const auto* v = first_of(obj, {"language", "lang", "inLanguage"}))
    a.language = text::to_lower_ascii(as_text(*v));
  if (const auto* v = first_of(obj, {"authors", "author", "byline", "creator"}))
    a.authors = as_list(*v);

  if (const auto* v = first_of(obj, {"date", "published", "datePublished", "pubDate",
                                     "publication_date", "timestamp"})) {
    const std::string d =
        v->is_number() ? std::to_string(std::llround(v->get<double>())) : as_text(*v);
    set_publication_date(a, d);
    if (!a.published && !text::trim(d).empty())
      error = "unrecognised date '" + d + "' (article kept, undated)";
  }
  // Reuters-21578's human labels travel with the article, apart from the facets we extract.
  for (const char* kind : {"topics", "places", "people", "orgs", "exchanges"}) {
    if (const auto* v = first_of(obj, {kind}))
      for (auto& value : as_list(*v)) a.labels.emplace_back(kind, std::move(value));
  }

  a.title = std::string(text::trim(a.title));
  a.body = std::string(text::trim(a.body));
  if (a.title.empty() && a.body.empty()) {
    error = "no title or body";
    return false;
  }
  if (a.title.empty()) a.title = text::first_sentence(a.body);
  return true;
}

int JsonLinesReader::confidence(std::string_view origin, std::string_view head) const {
  const auto start = text::trim(head.starts_with("\xEF\xBB\xBF") ? head.substr(3) : head);
  const bool looks_like_object = start.starts_with("{");
  const bool named =
      origin.ends_with(".jsonl") || origin.ends_with(".ndjson") || origin.ends_with(".json");
  if (looks_like_object) return named ? 100 : 60;
  return named ? 10 : 0;
}

void JsonLinesReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  std::string line;
  std::size_t number = 0;
  for (LineRead got;
       (got = read_bounded_line(in, line, limits::kMaxRecordBytes)) != LineRead::kEnd;) {
    ++number;
    if (got == LineRead::kTooLong) {
      sink.skipped(
          origin + ":" + std::to_string(number),
          "line too long (over " + std::to_string(limits::kMaxRecordBytes >> 20) + " MiB)");
      continue;
    }
    std::string_view view = line;
    if (number == 1 && view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
    if (text::trim(view).empty()) continue;
    const std::string where = origin + ":" + std::to_string(number);
    Article a;
    a.origin = where;
    std::string error;
    if (!parse_json_article(view, a, error)) {
      sink.skipped(where, error);
      continue;
    }
    if (!error.empty()) sink.warning(where, error);
    sink.article(std::move(a));
  }
  if (in.bad()) sink.skipped(origin + ":" + std::to_string(number + 1), "read error");
}

}  // namespace newsarchive::indexer
