// news-search: a thin command line over the searcher library.
#include <CLI/CLI.hpp>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "lineage_output.h"
#include "newsarchive/searcher.h"
#include "research_options.h"
#include "result_printer.h"
#include "saved_searches_cli.h"

namespace {

// Exit status as grep's: matches, no match, trouble.
constexpr int kExitHits = 0;
constexpr int kExitNoHits = 1;
constexpr int kExitError = 2;

bool colour_wanted() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

// `otherwise` when stdout is not a terminal and COLUMNS says nothing.
std::size_t terminal_width(std::size_t otherwise = 100) {
  winsize w{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col >= 40)
    return w.ws_col;
  if (const char* cols = std::getenv("COLUMNS"); cols && std::atoi(cols) >= 40)
    return static_cast<std::size_t>(std::atoi(cols));
  return otherwise;
}

// A count of hits: digits only (CLI11 would read "-1" as the largest number there is).
const CLI::Validator kCount(
    [](const std::string& s) {
      return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos
                 ? std::string()
                 : "expected a whole number of 0 or more, not '" + s + "'";
    },
    "COUNT");

// What the command line asks for, as parsed; main turns it into a SearchRequest.
struct Options {
  std::string db_path = newsarchive::default_index_path();
  std::vector<std::string> words;
  newsarchive::SearchRequest request;
  std::string sort = "relevance", show_id, like_id, feedback = "auto", since, until, time_zone;
  bool json = false, jsonl = false, ids = false, count = false, no_correct = false;
  bool ascii = false, no_collapse = false;
  std::vector<std::string> facet_specs;
  CLI::Option* facets_opt = nullptr;
  newsarchive::SearcherOptions open_options;
  newsarchive::cli::ResearchOptions research;
  std::string lineage_id;                      // --lineage (docs/research-tools-2.md)
  newsarchive::cli::SavedSearchCommand saved;  // --save, --saved, --forget, --alerts
};

void describe(CLI::App& app) {
  app.description(
      "news-search: search a newsarchive index, best matches first (DFR IneB2 ranking;\n"
      "questions of four or more words get relevance feedback, see --feedback).\n\n"
      "Query language (docs/query-syntax.md): words, \"exact phrases\", AND, OR, NOT, +must,\n"
      "-exclude, (groups), NEAR and ADJ (word NEAR/5 word), wildcards (sanction*), and fields:\n"
      "title:, author:, source:, lang:, person:, org:, place:, mentions:,\n"
      "id:, label:, date:2023-10, date:2023-10-01..2023-11-30, date:..2007-06-30.\n");
  app.footer(
      "Exit status: 0 when something matched, 1 when nothing did, 2 on an error.\n"
      "The index defaults to $NEWSARCHIVE_DB, else $XDG_DATA_HOME/newsarchive/index\n"
      "(~/.local/share/newsarchive/index). Colour only on a terminal and without NO_COLOR.\n"
      "A misspelt word gets a suggestion (\"did you mean\"); when nothing matches, the human and\n"
      "--json outputs show the suggestion's matches instead and say so (--no-correct: don't).");
}

void add_query_options(CLI::App& app, Options& o) {
  app.add_option("query", o.words, "The query (several arguments are joined with spaces)");
  app.add_option("--db", o.db_path, "Index directory")->capture_default_str();
  app.add_option("-n,--limit", o.request.limit, "Hits to show")
      ->check(kCount)
      ->capture_default_str();
  app.add_option("--offset", o.request.offset, "Hits to skip first (for paging)")
      ->check(kCount)
      ->capture_default_str();
  app.add_option("--sort", o.sort, "relevance, newest or oldest; --kwic also left, right or date")
      ->check(CLI::IsMember({"relevance", "newest", "oldest", "left", "right", "date"}))
      ->capture_default_str();
}

void add_output_options(CLI::App& app, Options& o) {
  auto* json_opt = app.add_flag("--json", o.json, "One JSON object (docs/json-output.md)");
  auto* jsonl_opt = app.add_flag("--jsonl", o.jsonl, "One JSON object per hit, one per line");
  auto* ids_opt = app.add_flag("--ids", o.ids, "Only the ids of the hits, one per line");
  auto* count_opt = app.add_flag("--count", o.count, "Only the exact number of matches");
  json_opt->excludes(jsonl_opt, ids_opt, count_opt);
  jsonl_opt->excludes(ids_opt, count_opt);
  ids_opt->excludes(count_opt);
}

// Between the output formats and the facets, as --help has always listed them.
void add_search_options(CLI::App& app, Options& o) {
  app.add_option("--like", o.like_id,
                 "Articles most like the one with this id (a query, if given, narrows them)");
  app.add_flag("--explain", o.request.explain,
               "Show why each hit ranked where it did (matched terms and their weights)");
  app.add_option("--feedback", o.feedback,
                 "Relevance feedback: add the words the best hits share, then search again\n"
                 "(auto: for queries of four or more words)")
      ->check(CLI::IsMember({"auto", "on", "off"}))
      ->capture_default_str();
  app.add_flag("--no-correct", o.no_correct,
               "When nothing matches, do not search the spelling suggestion instead");
  app.add_option("--show", o.show_id, "Print the whole article with this id");
  app.add_option("--since", o.since,
                 "Only articles published on or after this date (YYYY[-MM[-DD]])");
  app.add_option("--until", o.until, "Only articles published on or before this period's end");
}

void add_facet_options(CLI::App& app, Options& o) {
  o.facets_opt =
      app.add_option("--facets", o.facet_specs,
                     "Count values over all matches: person, org, place, source, lang, mentions,\n"
                     "date (a histogram), words (what the matches are about), first-source (who\n"
                     "published their near-duplicate clusters first); NAME:N shows N values;\n"
                     "date:day, date:week, date:month or date:year sets the histogram's bars;\n"
                     "several: comma-separated.\n"
                     "Alone: person,org,place,date")
          ->expected(0, 1)
          ->allow_extra_args(false)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_flag("--ascii", o.ascii, "Draw the date histogram in ASCII");
  app.add_option("--tz", o.time_zone,
                 "Show dates in this time zone (IANA name, e.g. Europe/Paris; default: $TZ, then "
                 "the system's). --json always gives UTC");
}

void add_shard_and_duplicate_options(CLI::App& app, Options& o) {
  app.add_flag("--allow-partial", o.open_options.allow_partial,
               "Over shards (--db STUB): search those that answer, warn about the rest");
  app.add_option("--remote-timeout", o.open_options.remote_timeout_ms,
                 "Remote shards: milliseconds to wait for a reply (connecting: 5000)")
      ->capture_default_str();
  app.add_flag("--no-collapse", o.no_collapse,
               "Show every copy of a wire story (by default near-duplicates are shown once, as\n"
               "'+N similar'; cluster:KEY --no-collapse lists one cluster)");
}

// Questions about stories rather than searches (docs/research-tools-2.md).
void add_story_options(CLI::App& app, Options& o) {
  app.add_option("--lineage", o.lineage_id,
                 "Every copy of this article's story (its near-duplicate cluster) in publication\n"
                 "order, with source, date and delay after the first copy; --json");
}

// Saved searches and alerts (docs/research-tools-2.md); only these open the archive to write.
void add_saved_search_options(CLI::App& app, Options& o) {
  auto* save = app.add_option("--save", o.saved.save_name,
                              "Save the query (and --since/--until) under this name, in the "
                              "archive");
  auto* saved = app.add_flag("--saved", o.saved.list, "List the saved searches");
  auto* forget = app.add_option("--forget", o.saved.forget_name, "Remove this saved search");
  auto* alerts = app.add_flag("--alerts", o.saved.alerts,
                              "For each saved search, the articles indexed since alerts were "
                              "last read\n(-n: how many to list each); then marks them read");
  save->excludes(saved, forget, alerts);
  saved->excludes(forget, alerts);
  forget->excludes(alerts);
}

// The facets asked for, each --facets a comma-separated list of NAME, NAME:COUNT or date:PERIOD
// (the default set for a bare --facets); false, after saying why, for an unknown name or a
// malformed suffix: nothing is searched in a way the user did not ask for.
bool add_facets(Options& o) {
  std::vector<std::string> specs;
  for (const auto& list : o.facet_specs)
    for (std::size_t start = 0; start <= list.size();) {
      const auto comma = std::min(list.find(',', start), list.size());
      if (comma > start) specs.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  if (o.facets_opt->count() > 0 && specs.empty()) specs = {"person", "org", "place", "date"};
  for (const auto& spec : specs) {
    try {
      o.request.facets.push_back(newsarchive::parse_facet_spec(spec));
    } catch (const newsarchive::QueryError& e) {
      std::cerr << "news-search: --facets " << e.what() << "\n";
      return false;
    }
  }
  return true;
}

// The rest of the request from the options.
void complete_request(Options& o) {
  using namespace newsarchive;
  SearchRequest& request = o.request;
  request.collapse_duplicates = !o.no_collapse;
  for (const auto& w : o.words) request.query += (request.query.empty() ? "" : " ") + w;
  if (!o.since.empty()) request.since = o.since;
  if (!o.until.empty()) request.until = o.until;
  if (!o.like_id.empty()) request.like_id = o.like_id;
  request.feedback = o.feedback == "on"    ? Feedback::kOn
                     : o.feedback == "off" ? Feedback::kOff
                                           : Feedback::kAuto;
  // Only outputs that can say so in their own text search a correction instead: a script
  // reading ids, a count or JSON lines gets exactly what it asked for (the suggestion goes to
  // stderr).
  request.search_suggestion_if_empty = !o.no_correct && !o.jsonl && !o.ids && !o.count;
  if (o.count) {
    request.limit = 0;
    request.exact_total = true;
  }
  request.sort = o.sort == "newest"   ? SortOrder::kNewest
                 : o.sort == "oldest" ? SortOrder::kOldest
                                      : SortOrder::kRelevance;
}

// Throws std::runtime_error for an unknown --tz.
std::unique_ptr<newsarchive::cli::ResultPrinter> make_printer(const Options& o) {
  using namespace newsarchive;
  return o.json    ? cli::make_json_printer()
         : o.jsonl ? cli::make_jsonl_printer(std::cerr)
         : o.ids   ? cli::make_ids_printer(std::cerr)
         : o.count ? cli::make_count_printer(std::cerr)
                   : cli::make_human_printer({.colour = colour_wanted(),
                                              .width = terminal_width(),
                                              .ascii = o.ascii,
                                              .time_zone = o.time_zone,
                                              .explain = o.request.explain});
}

// --save, --saved, --forget or --alerts, with the query and bounds given; the exit status.
int run_saved_search_command(const Options& o) {
  newsarchive::cli::SavedSearchCommand c = o.saved;
  c.json = o.json;
  c.db_path = o.db_path;
  c.query = o.request.query;
  c.since = o.request.since;
  c.until = o.request.until;
  c.hits_per_alert = o.request.limit;
  return newsarchive::cli::run_saved_search_command(c);
}

// Searches (or shows one article) and prints; the exit status.
int run(const Options& o, newsarchive::cli::ResultPrinter& printer) {
  using namespace newsarchive;
  const SearchRequest& request = o.request;
  if (o.saved.wanted()) return run_saved_search_command(o);
  const Searcher searcher(o.db_path, o.open_options);
  if (!o.show_id.empty()) {
    const auto a = searcher.article(o.show_id);
    if (!a) {
      std::cerr << "news-search: no article with id '" << o.show_id << "'\n";
      return kExitNoHits;
    }
    printer.article(*a, std::cout);
    return kExitHits;
  }
  if (o.research.active(o.sort))
    return cli::run_research(searcher, request, o.research,
                             {.json = o.json,
                              .jsonl = o.jsonl,
                              .ids = o.ids,
                              .count = o.count,
                              .colour = colour_wanted(),
                              .ascii = o.ascii,
                              .width = terminal_width(80),
                              .sort = o.sort},
                             std::cout, std::cerr);
  if (!o.lineage_id.empty()) {
    if (!searcher.article(o.lineage_id)) {
      std::cerr << "news-search: no article with id '" << o.lineage_id << "'\n";
      return kExitNoHits;
    }
    const auto lineage = story_lineage(searcher, o.lineage_id);
    o.json ? cli::print_lineage_json(lineage, std::cout) : cli::print_lineage(lineage, std::cout);
    return kExitHits;
  }
  const bool no_words = request.query.find_first_not_of(" \t\r\n") == std::string::npos;
  if (no_words && !request.since && !request.until && request.facets.empty() && !request.like_id) {
    std::cerr << "news-search: no query given (try: news-search 'your words', or --help)\n";
    return kExitError;
  }
  const auto result = searcher.search(request);
  printer.results(result, std::cout);
  return result.total_lower_bound > 0 || !result.hits.empty() ? kExitHits : kExitNoHits;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsarchive;
  CLI::App app;
  describe(app);
  Options o;
  add_query_options(app, o);
  add_output_options(app, o);
  add_search_options(app, o);
  add_facet_options(app, o);
  add_shard_and_duplicate_options(app, o);
  cli::add_research_options(app, o.research);
  add_story_options(app, o);
  add_saved_search_options(app, o);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the help or the mistake; a mistake is an error like any other (status 2).
    return app.exit(e) == 0 ? kExitHits : kExitError;
  }
  if (!add_facets(o)) return kExitError;
  complete_request(o);
  std::unique_ptr<cli::ResultPrinter> printer;
  try {
    printer = make_printer(o);
  } catch (const std::runtime_error& e) {
    std::cerr << "news-search: --tz: " << e.what() << "\n";
    return kExitError;
  }
  try {
    return run(o, *printer);
  } catch (const QueryError& e) {
    std::cerr << "news-search: bad query: " << e.what() << "\n";
  } catch (const Error& e) {
    std::cerr << "news-search: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "news-search: unexpected error: " << e.what() << "\n";
  } catch (...) {
    // Nothing may end the program on a signal (std::terminate's abort): whatever was thrown,
    // the user gets a message and the error status.
    std::cerr << "news-search: unexpected error of an unknown kind\n";
  }
  return kExitError;
}
