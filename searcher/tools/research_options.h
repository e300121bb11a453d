// news-search's research tools (docs/research-tools.md): --csv export and --all, the --kwic
// concordance and the --trend chart. Their options, checking how they combine, and running them.
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::cli {

struct ResearchOptions {
  bool csv = false, all = false, kwic = false;
  std::vector<std::string> fields;  // --fields, each a comma-separated list
  std::size_t context = 0;
  CLI::Option* context_opt = nullptr;
  std::vector<std::string> trends;
  std::string by = "month";
  CLI::Option* by_opt = nullptr;

  // Whether the command line asks for one of the research tools (or names one of their
  // options, which run_research then refuses without its tool) instead of a search.
  bool active(const std::string& sort) const {
    return csv || all || kwic || !trends.empty() || !fields.empty() || context_opt->count() > 0 ||
           by_opt->count() > 0 || sort == "left" || sort == "right" || sort == "date";
  }
};

void add_research_options(CLI::App& app, ResearchOptions& r);

// The output the command line asked for, as news-search parsed it.
struct ResearchOutput {
  bool json = false, jsonl = false, ids = false, count = false;
  bool colour = false, ascii = false;
  std::size_t width = 80;
  std::string sort;  // --sort as given (left, right and date order a concordance)
};

// Runs the export, concordance or trend asked for and prints it to `out`; says what is wrong
// with the options on `err`. The exit status: 0 something found, 1 nothing, 2 a mistake.
// Throws the library's errors.
int run_research(const Searcher& searcher, const SearchRequest& request, const ResearchOptions& r,
                 const ResearchOutput& output, std::ostream& out, std::ostream& err);

// The printers (kwic_printer.cpp, trend_printer.cpp).
struct KwicStyle {
  bool colour = false;
  std::size_t width = 80;
  bool fit = true;  // cut the context to fit `width` (false: --context N, shown whole)
};
void print_kwic(const ConcordanceResult& r, const KwicStyle& style, std::ostream& out);
void print_kwic_csv(const ConcordanceResult& r, std::ostream& out);

struct TrendStyle {
  bool colour = false, ascii = false;
  std::size_t width = 80;
};
void print_trend(const TrendResult& r, const TrendStyle& style, std::ostream& out);
void print_trend_csv(const TrendResult& r, std::ostream& out);

// Display width of UTF-8 text: its code points (what a terminal shows for Latin, Greek and
// Cyrillic text).
std::size_t display_width(std::string_view s);

}  // namespace newsarchive::cli
