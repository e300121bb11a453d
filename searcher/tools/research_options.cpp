#include "research_options.h"

#include <algorithm>
#include <iostream>

#include "research_json.h"
#include "result_json.h"

namespace newsarchive::cli {
namespace {

// Exit status as news-search's (and grep's).
enum Status : int { kFound = 0, kNothing = 1, kMistake = 2 };

// The value `name` stands for in `table`, else `otherwise`.
template <typename Value, std::size_t N>
Value named(const std::pair<std::string_view, Value> (&table)[N], const std::string& name,
            Value otherwise) {
  for (const auto& [n, v] : table)
    if (n == name) return v;
  return otherwise;
}

constexpr std::pair<std::string_view, ConcordanceOrder> kConcordanceSorts[] = {
    {"left", ConcordanceOrder::kLeft},
    {"right", ConcordanceOrder::kRight},
    {"date", ConcordanceOrder::kDate}};
constexpr std::pair<std::string_view, TrendPeriod> kTrendPeriods[] = {
    {"day", TrendPeriod::kDay},
    {"week", TrendPeriod::kWeek},
    {"month", TrendPeriod::kMonth},
    {"year", TrendPeriod::kYear}};

// Words of context that are plenty for the widest terminal line; the printer cuts them to fit.
std::size_t words_to_fill(std::size_t width) {
  return width / 8 + 2;
}

bool is_concordance_sort(const std::string& sort) {
  return named(kConcordanceSorts, sort, ConcordanceOrder::kResults) != ConcordanceOrder::kResults;
}

std::vector<std::string> split_fields(const std::vector<std::string>& lists) {
  std::vector<std::string> fields;
  for (const auto& list : lists)
    for (std::size_t start = 0; start <= list.size();) {
      const auto comma = std::min(list.find(',', start), list.size());
      if (comma > start) fields.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  return fields;
}

// What is wrong with how the options combine, or "" when nothing is.
std::string mistake(const SearchRequest& request, const ResearchOptions& r,
                    const ResearchOutput& o) {
  const int formats = int(o.json) + int(o.jsonl) + int(o.ids) + int(o.count) + int(r.csv);
  if (formats > 1) return "--json, --jsonl, --ids, --count and --csv exclude each other";
  if (!r.trends.empty()) {
    if (!request.query.empty()) return "--trend takes its queries itself: --trend 'QUERY' ...";
    if (r.kwic || r.all || o.jsonl || o.ids || o.count)
      return "--trend prints a chart, --json or --csv";
  }
  if (r.kwic && (o.ids || o.count)) return "--kwic prints lines, --json, --jsonl or --csv";
  if (!r.fields.empty() && (!r.csv || r.kwic || !r.trends.empty()))
    return "--fields chooses the columns of a --csv export";
  if (r.all && !(r.csv || o.jsonl || o.ids || r.kwic))
    return "--all works with --csv, --jsonl, --ids and --kwic";
  if (r.context_opt->count() > 0 && !r.kwic) return "--context is for --kwic";
  if (r.by_opt->count() > 0 && r.trends.empty()) return "--by is for --trend";
  if (is_concordance_sort(o.sort) && !r.kwic)
    return "--sort " + o.sort + " orders a concordance (--kwic)";
  // No words: every article, when dates bound them (as a search browses).
  if (request.query.find_first_not_of(" \t\r\n") == std::string::npos && r.trends.empty() &&
      !request.since && !request.until)
    return "no query given";
  return "";
}

// The fields asked for, checked; nothing after saying which are valid.
std::optional<std::vector<std::string>> export_fields(const ResearchOptions& r, std::ostream& err) {
  const auto fields = split_fields(r.fields);
  const auto valid = export_field_names();
  for (const auto& f : fields)
    if (std::find(valid.begin(), valid.end(), f) == valid.end()) {
      err << "news-search: --fields " << f << ": no such field (fields: ";
      for (const auto& v : valid) err << (&v == &valid.front() ? "" : ", ") << v;
      err << ")\n";
      return std::nullopt;
    }
  return fields.empty() ? default_export_fields() : fields;
}

int run_export(const Searcher& s, const SearchRequest& request, const ResearchOptions& r,
               const ResearchOutput& o, std::ostream& out, std::ostream& err) {
  std::uint64_t written = 0;
  if (!r.csv) {
    SearchRequest streamed = request;
    if (o.ids) streamed.snippet_length = 0;  // a snippet reads the text; an id needs none
    written = s.for_each_hit(streamed, r.all, [&](const Hit& h) {
      out << (o.ids ? h.id + "\n" : json_out::dump_line(json_out::hit_json(h)));
    });
    return written > 0 ? kFound : kNothing;
  }
  const auto fields = export_fields(r, err);
  if (!fields) return kMistake;
  out << csv_record(*fields);
  written = s.export_rows({request, r.all, *fields},
                          [&](const std::vector<std::string>& row) { out << csv_record(row); });
  return written > 0 ? kFound : kNothing;
}

int run_kwic(const Searcher& s, const SearchRequest& request, const ResearchOptions& r,
             const ResearchOutput& o, std::ostream& out, std::ostream& err) {
  ConcordanceRequest c;
  c.search = request;
  // left, right and date order the lines; the articles are then read best first.
  if (is_concordance_sort(o.sort)) c.search.sort = SortOrder::kRelevance;
  c.all = r.all;
  const bool fit = r.context_opt->count() == 0 && !o.json && !o.jsonl && !r.csv;
  c.context_words = r.context_opt->count() > 0 ? r.context : fit ? words_to_fill(o.width) : 8;
  c.order = named(kConcordanceSorts, o.sort, ConcordanceOrder::kResults);
  const auto result = s.concordance(c);
  for (const auto& w : result.warnings) err << "news-search: note: " << w << "\n";
  if (o.json)
    out << json_out::dump_line(json_out::concordance_json(result));
  else if (o.jsonl)
    for (const auto& l : result.lines)
      out << json_out::dump_line(json_out::concordance_line_json(l));
  else if (r.csv)
    print_kwic_csv(result, out);
  else
    print_kwic(result, {.colour = o.colour, .width = o.width, .fit = fit}, out);
  return result.lines.empty() ? kNothing : kFound;
}

int run_trend(const Searcher& s, const SearchRequest& request, const ResearchOptions& r,
              const ResearchOutput& o, std::ostream& out) {
  const auto result = s.trend({.queries = r.trends,
                               .period = named(kTrendPeriods, r.by, TrendPeriod::kMonth),
                               .since = request.since,
                               .until = request.until});
  if (o.json)
    out << json_out::dump_line(json_out::trend_json(result));
  else if (r.csv)
    print_trend_csv(result, out);
  else
    print_trend(result, {.colour = o.colour, .ascii = o.ascii, .width = o.width}, out);
  for (const auto& series : result.series)
    for (const auto n : series.counts)
      if (n > 0) return kFound;
  return kNothing;
}

}  // namespace

void add_research_options(CLI::App& app, ResearchOptions& r) {
  app.add_flag("--csv", r.csv,
               "Export the results as CSV (RFC 4180, a header line); with --kwic or --trend,\n"
               "their lines or counts");
  app.add_option("--fields", r.fields,
                 "The --csv columns, comma-separated (default id,date,title,source,url,authors;\n"
                 "also rank, score, language, person, org, place, mentions, cluster, similar,\n"
                 "snippet, body)")
      ->allow_extra_args(false);
  app.add_flag("--all", r.all,
               "Every result, not a page (with --csv, --jsonl, --ids, --kwic), streamed in the\n"
               "order of --sort");
  app.add_flag("--kwic", r.kwic,
               "Concordance: every occurrence of the query's words and phrases in the matching\n"
               "articles, one a line, with the words around it (--sort left|right|date)");
  r.context_opt = app.add_option("--context", r.context,
                                 "--kwic: words of context each side (default: to fit the width)");
  app.add_option("--trend", r.trends,
                 "Matches of this query per period, as a share of all articles of the period;\n"
                 "repeat for several queries on one time axis")
      ->allow_extra_args(false);
  r.by_opt = app.add_option("--by", r.by, "--trend's periods: day, week, month or year")
                 ->check(CLI::IsMember({"day", "week", "month", "year"}))
                 ->capture_default_str();
}

int run_research(const Searcher& searcher, const SearchRequest& request, const ResearchOptions& r,
                 const ResearchOutput& output, std::ostream& out, std::ostream& err) {
  if (const auto m = mistake(request, r, output); !m.empty()) {
    err << "news-search: " << m << "\n";
    return kMistake;
  }
  if (!r.trends.empty()) return run_trend(searcher, request, r, output, out);
  if (r.kwic) return run_kwic(searcher, request, r, output, out, err);
  return run_export(searcher, request, r, output, out, err);
}

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace newsarchive::cli
