#include "export_rows.h"

#include <array>
#include <cstdio>
#include <limits>
#include <string_view>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::searcher {
namespace {

using schema::Field;

// Several values in one cell (authors, entities): spreadsheets and pandas split on it easily,
// and no name holds it.
constexpr std::string_view kJoin = "; ";

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) (out.empty() ? out : out.append(kJoin)) += v;
  return out;
}

// The written forms of an entity list slot ("key\tdisplay" lines), in stored order.
std::string entity_displays(const Xapian::Document& doc, Field f) {
  std::vector<std::string> shown;
  for (auto& e : stored::decode_facets(doc.get_value(schema::slot(f))))
    shown.push_back(std::move(e.display.empty() ? e.key : e.display));
  return joined(shown);
}

// Days the text mentions, "YYYY-MM-DD" (their keys are "YYYYMMDD").
std::string mentioned_days(const Xapian::Document& doc) {
  std::vector<std::string> days;
  for (const auto& e : stored::decode_facets(doc.get_value(schema::slot(Field::kMentions))))
    days.push_back(e.key.size() == 8
                       ? e.key.substr(0, 4) + "-" + e.key.substr(4, 2) + "-" + e.key.substr(6, 2)
                       : e.key);
  return joined(days);
}

std::string score_text(double score) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.4f", score);
  return buffer.data();
}

using Extract = std::string (*)(const Hit&, const Xapian::Document&);

struct ExportField {
  std::string_view name;
  Extract extract;
};

// The fields in the order export_field_names() lists them.
constexpr ExportField kFields[] = {
    {"rank", [](const Hit& h, const Xapian::Document&) { return std::to_string(h.rank); }},
    {"score", [](const Hit& h, const Xapian::Document&) { return score_text(h.score); }},
    {"id", [](const Hit& h, const Xapian::Document&) { return h.id; }},
    {"date", [](const Hit& h, const Xapian::Document&) { return h.date.value_or(""); }},
    {"title", [](const Hit& h, const Xapian::Document&) { return h.title; }},
    {"source", [](const Hit& h, const Xapian::Document&) { return h.source; }},
    {"url", [](const Hit& h, const Xapian::Document&) { return h.url; }},
    {"language", [](const Hit& h, const Xapian::Document&) { return h.language; }},
    {"authors", [](const Hit& h, const Xapian::Document&) { return joined(h.authors); }},
    {"person",
     [](const Hit&, const Xapian::Document& d) { return entity_displays(d, Field::kPerson); }},
    {"org", [](const Hit&,
               const Xapian::Document& d) { return entity_displays(d, Field::kOrganisation); }},
    {"place",
     [](const Hit&, const Xapian::Document& d) { return entity_displays(d, Field::kPlace); }},
    {"mentions", [](const Hit&, const Xapian::Document& d) { return mentioned_days(d); }},
    {"cluster", [](const Hit& h, const Xapian::Document&) { return h.cluster; }},
    {"similar", [](const Hit& h, const Xapian::Document&) { return std::to_string(h.similar); }},
    {"snippet", [](const Hit& h, const Xapian::Document&) { return h.snippet.text; }},
    {"body",
     [](const Hit&, const Xapian::Document& d) { return stored::decode_data(d.get_data()).body; }},
};

std::vector<const ExportField*> resolve_fields(const std::vector<std::string>& names) {
  std::vector<const ExportField*> out;
  for (const auto& name : names.empty() ? default_export_fields() : names) {
    const ExportField* found = nullptr;
    for (const auto& f : kFields)
      if (f.name == name) found = &f;
    if (!found) {
      std::string valid;
      for (const auto& f : kFields) (valid.empty() ? valid : valid.append(", ")) += f.name;
      throw QueryError("no export field '" + name + "' (fields: " + valid + ")");
    }
    out.push_back(found);
  }
  return out;
}

// Calls a function for each hit it is given; what the hits are for is the caller's.
class VisitingSink final : public HitSink {
 public:
  using Visit = std::function<void(const Hit&, const Xapian::Document&)>;
  explicit VisitingSink(Visit visit) : visit_(std::move(visit)) {}
  void take(const Xapian::MSet&, const SnippetMaker&, const Xapian::Document& doc,
            Hit&& hit) override {
    visit_(hit, doc);
    ++taken;
  }
  std::uint64_t taken = 0;

 private:
  Visit visit_;
};

}  // namespace

SearchRequest every_result_if(const SearchRequest& request, bool all) {
  SearchRequest r = request;
  if (all) {
    r.offset = 0;
    r.limit = std::numeric_limits<std::size_t>::max();
  }
  return r;
}

std::uint64_t stream_hits(const SinkSearch& search, const SearchRequest& request, bool all,
                          const std::function<void(const Hit&)>& visit) {
  VisitingSink sink([&](const Hit& h, const Xapian::Document&) { visit(h); });
  search(every_result_if(request, all), sink);
  return sink.taken;
}

std::uint64_t stream_rows(const SinkSearch& search, const ExportRequest& request,
                          const std::function<void(const std::vector<std::string>&)>& row) {
  const auto fields = resolve_fields(request.fields);
  SearchRequest r = every_result_if(request.search, request.all);
  // A snippet reads the hit's text: made only when it is exported.
  bool wants_snippet = false;
  for (const auto* f : fields) wants_snippet = wants_snippet || f->name == "snippet";
  if (!wants_snippet) r.snippet_length = 0;
  std::vector<std::string> values(fields.size());
  VisitingSink sink([&](const Hit& h, const Xapian::Document& doc) {
    for (std::size_t i = 0; i < fields.size(); ++i) values[i] = fields[i]->extract(h, doc);
    row(values);
  });
  search(r, sink);
  return sink.taken;
}

}  // namespace newsarchive::searcher

namespace newsarchive {

std::vector<std::string> export_field_names() {
  std::vector<std::string> names;
  for (const auto& f : searcher::kFields) names.emplace_back(f.name);
  return names;
}

std::vector<std::string> default_export_fields() {
  return {"id", "date", "title", "source", "url", "authors"};
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    std::string f = fields[i];
    // A spreadsheet runs a cell that starts like a formula: a headline "=HYPERLINK(...)" must
    // stay text (news-serve's CSV export does the same).
    if (!f.empty() && std::string_view("=+-@").find(f.front()) != std::string_view::npos)
      f.insert(0, "'");
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (const char c : f) (c == '"' ? out.append("\"\"") : out.append(1, c));
    out += '"';
  }
  return out + "\r\n";
}

}  // namespace newsarchive
