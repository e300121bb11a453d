// news-index: a thin command line over the indexing pipeline.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <xapian.h>

#include <iostream>

#include "alerts_output.h"

#include "newsarchive/common/database_path.h"
#include "newsarchive/indexer/enrichers/duplicate_enricher.h"
#include "newsarchive/indexer/enrichers/entity_enricher.h"
#include "newsarchive/indexer/enrichers/language_enricher.h"
#include "newsarchive/indexer/enrichers/mentioned_dates_enricher.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/indexer.h"
#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/readers/csv_reader.h"
#include "newsarchive/searcher.h"
#include "newsarchive/text/languages.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSomeSkipped = 1;
constexpr int kExitFatal = 2;

std::string reader_names() {
  std::string names;
  for (const auto& r : newsarchive::indexer::all_readers())
    names += (names.empty() ? "" : ", ") + std::string(r->name());
  return names;
}

// What the command line asks for.
struct CommandLine {
  newsarchive::indexer::IndexOptions options;
  std::vector<std::string> inputs, remove_ids;
  bool quiet = false, no_entities = false, no_duplicates = false, no_identification = false;
  bool alerts = false;  // --alerts: print the saved searches' new matches at the end
  std::string ner_model = newsarchive::indexer::default_ner_model_path();
  std::string known_names = newsarchive::indexer::default_known_names_path();
};

void describe(CLI::App& app) {
  app.description(
      "news-index: index news articles into a newsarchive (Xapian) database.\n\n"
      "Inputs are files, directories (read recursively) or '-' for standard input. Formats are\n"
      "recognised by their content (docs/formats.md): plain text (an optional 'Key: value'\n"
      "header block, a blank line, then the body), JSON Lines, CSV, TREC and Reuters-21578 SGML,\n"
      "NITF, NewsML-G2, RSS/Atom, HTML pages and WARC; .gz/.bz2/.xz/.zst files and .tar/.zip\n"
      "archives are read as streams. Re-indexing an article replaces it; unchanged ones are\n"
      "skipped.\n");
  app.footer(
      "Exit status: 0 when every article was indexed, 1 when some records or files were\n"
      "skipped (each is reported as file:line: reason; the limits on a record's size and\n"
      "nesting are in docs/reliability.md), 2 on a fatal error (the database is locked,\n"
      "read-only, full, damaged or of another schema version; it keeps its last commit).\n"
      "The database defaults to $NEWSARCHIVE_DB, else $XDG_DATA_HOME/newsarchive/index\n"
      "(~/.local/share/newsarchive/index).");
}

void add_options(CLI::App& app, CommandLine& c) {
  using namespace newsarchive;
  app.add_option("inputs", c.inputs, "Files, directories, or - for standard input");
  app.add_option("--db", c.options.db_path, "Database directory")->capture_default_str();
  app.add_option("--language", c.options.language,
                 "Stemmer for articles in a language without one or of an undetermined one, and "
                 "the language of every article that states none under "
                 "--no-language-identification: " +
                     supported_languages())
      ->capture_default_str();
  app.add_option("--format", c.options.format,
                 "Read every input as this format: " + reader_names() +
                     "; csv:MAPPING is csv with --csv-columns MAPPING");
  app.add_option("--batch", c.options.batch_size, "Articles per commit (per shard)")
      ->capture_default_str();
  app.add_option("--jobs,-j", c.options.jobs,
                 "Threads that enrich articles (default: one per hardware thread)");
  app.add_option("--shards", c.options.shards,
                 "Keep the archive as N shard databases listed by a stub file, built in "
                 "parallel (default: a new archive is built in shards, one per job, and merged "
                 "into one database at the end)");
  app.add_flag("--search-time-stemming", c.options.search_time_stemming,
               "New archive: index words without their stems, and stem at search time. Indexing "
               "takes about a quarter less CPU and the archive is smaller; searches take about a "
               "quarter longer (docs/performance.md)");
  app.add_option("--remove", c.remove_ids, "Delete the articles with these ids");
  app.add_option("--csv-columns", c.options.csv_columns,
                 "Column mapping for CSV inputs, field=column pairs: title=headline,body=text");
  app.add_flag("-q,--quiet", c.quiet, "Print only errors: no progress, no summary");
  app.add_flag("--alerts", c.alerts,
               "At the end, print each saved search's new matches (as news-search --alerts,\n"
               "without marking them read: news-search --alerts still shows them)");
  app.add_option("--ner-model", c.ner_model, "Named-entity model for the person/org/place facets")
      ->capture_default_str();
  app.add_option("--known-names", c.known_names,
                 "Names known from English news, recognised in articles of other Latin-script "
                 "languages besides the names this archive already holds on 3 articles or more "
                 "('' for none; ner/README.md)")
      ->capture_default_str();
  app.add_flag("--no-language-identification", c.no_identification,
               "Do not identify the language of articles that state none: they are filed under "
               "--language");
  app.add_flag("--no-entities", c.no_entities, "Do not extract people, organisations and places");
  app.add_flag("--no-duplicates", c.no_duplicates,
               "Do not give near-duplicate articles (copies of one wire story) a shared cluster "
               "key");
}

// `--format csv:title=headline,...` is shorthand for `--format csv --csv-columns title=...`.
// False, after saying why, when both give a mapping.
bool split_csv_format(newsarchive::indexer::IndexOptions& options) {
  if (!options.format.starts_with("csv:")) return true;
  const std::string mapping = options.format.substr(4);
  if (!options.csv_columns.empty() && options.csv_columns != mapping) {
    std::cerr << "news-index: --format csv:" << mapping << " and --csv-columns "
              << options.csv_columns << " give two column mappings; give one\n";
    return false;
  }
  options.format = "csv";
  options.csv_columns = mapping;
  return true;
}

// False, after saying why, for options that cannot work.
bool options_are_valid(CommandLine& c) {
  using namespace newsarchive;
  if (c.inputs.empty() && c.remove_ids.empty()) {
    std::cerr << "news-index: nothing to do: name files or directories to index (or - for "
                 "standard input), or --remove IDs\n";
    return false;
  }
  if (!language_code(c.options.language)) {
    std::cerr << "news-index: unknown language '" << c.options.language
              << "'; choose one of: " << supported_languages() << "\n";
    return false;
  }
  if (!split_csv_format(c.options)) return false;
  if (std::string error;
      !c.options.csv_columns.empty() && !indexer::parse_csv_columns(c.options.csv_columns, error)) {
    std::cerr << "news-index: --csv-columns: " << error << "\n";
    return false;
  }
  if (!c.options.format.empty() && !indexer::find_reader(c.options.format)) {
    std::cerr << "news-index: unknown format '" << c.options.format
              << "'; choose one of: " << reader_names() << "\n";
    return false;
  }
  return true;
}

void add_enrichers(newsarchive::indexer::Indexer& pipeline, const CommandLine& c) {
  using namespace newsarchive;
  if (!c.no_identification) pipeline.add_enricher(std::make_unique<indexer::LanguageEnricher>());
  pipeline.add_enricher(std::make_unique<indexer::MentionedDatesEnricher>());
  if (!c.no_entities) {
    indexer::EntityOptions entities;
    entities.model_path = c.ner_model;
    entities.known_names_path = c.known_names;
    entities.db_path = c.options.db_path;
    entities.default_language = c.options.language;
    pipeline.add_enricher(std::make_unique<indexer::EntityEnricher>(entities));
  }
  if (!c.no_duplicates) {
    indexer::dedup::DuplicateOptions duplicates;
    duplicates.db_path = c.options.db_path;
    pipeline.add_enricher(std::make_unique<indexer::DuplicateEnricher>(duplicates));
  }
}

// Indexes (and removes) as asked; the exit status. Throws what the pipeline throws.
int run(CommandLine& c) {
  using namespace newsarchive;
  // A bar redrawn in place on a terminal; a line every ten seconds in a log.
  const bool terminal = isatty(STDERR_FILENO) != 0;
  indexer::ProgressReport progress(
      std::cerr,
      terminal ? indexer::ProgressReport::Mode::kTerminal : indexer::ProgressReport::Mode::kLines,
      terminal ? 0.2 : 10.0);
  if (!c.quiet)
    c.options.on_progress = [&](const indexer::ProgressSnapshot& s) { progress.update(s); };
  indexer::Indexer pipeline(c.options, [&](const std::string& m) { progress.message(m); });
  add_enrichers(pipeline, c);
  if (!c.remove_ids.empty()) pipeline.remove(c.remove_ids);
  if (!c.inputs.empty()) pipeline.index(c.inputs);
  const auto summary = pipeline.finish();
  progress.finish();
  if (!c.quiet)
    std::cerr << "news-index: " << summary.line() << "; " << summary.document_count
              << " articles in " << c.options.db_path << "\n";
  if (c.alerts) cli::print_alerts(read_alerts(Searcher(c.options.db_path), 10), std::cout);
  return summary.skipped ? kExitSomeSkipped : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsarchive;
  CLI::App app;
  describe(app);
  CommandLine c;
  c.options.db_path = default_database_path();
  add_options(app, c);
  CLI11_PARSE(app, argc, argv);
  if (!options_are_valid(c)) return kExitFatal;
  try {
    return run(c);
  } catch (const indexer::IndexError& e) {
    std::cerr << "news-index: " << e.what() << "\n";
  } catch (const Error& e) {  // reading the alerts
    std::cerr << "news-index: --alerts: " << e.what() << "\n";
    return kExitFatal;
  } catch (const std::exception& e) {
    std::cerr << "news-index: fatal: " << e.what() << "\n";
  } catch (const Xapian::Error& e) {
    // The pipeline turns the database's errors into IndexError; this is the last guard.
    std::cerr << "news-index: fatal: " << e.get_description() << " (database '" << c.options.db_path
              << "')\n";
  } catch (...) {
    std::cerr << "news-index: fatal: an unexpected error of an unknown kind\n";
  }
  return kExitFatal;
}
