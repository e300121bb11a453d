// news-index: a thin command line over the indexing pipeline.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <xapian.h>

#include <iostream>

#include "newsarchive/common/database_path.h"
#include "newsarchive/common/languages.h"
#include "newsarchive/indexer/enrichers/duplicate_enricher.h"
#include "newsarchive/indexer/enrichers/entity_enricher.h"
#include "newsarchive/indexer/enrichers/mentioned_dates_enricher.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/indexer.h"
#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/readers/csv_reader.h"

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

}  // namespace

int main(int argc, char** argv) {
  using namespace newsarchive;
  CLI::App app{
      "news-index: index news articles into a newsarchive (Xapian) database.\n\n"
      "Inputs are files, directories (read recursively) or '-' for standard input. Formats are\n"
      "recognised by their content (docs/formats.md): plain text (an optional 'Key: value'\n"
      "header block, a blank line, then the body), JSON Lines, CSV, TREC and Reuters-21578 SGML,\n"
      "NITF, NewsML-G2, RSS/Atom, HTML pages and WARC; .gz/.bz2/.xz/.zst files and .tar/.zip\n"
      "archives are read as streams. Re-indexing an article replaces it; unchanged ones are\n"
      "skipped.\n"};
  app.footer(
      "Exit status: 0 when every article was indexed, 1 when some records or files were\n"
      "skipped (each is reported as file:line: reason; the limits on a record's size and\n"
      "nesting are in docs/reliability.md), 2 on a fatal error (the database is locked,\n"
      "read-only, full, damaged or of another schema version; it keeps its last commit).\n"
      "The database defaults to $NEWSARCHIVE_DB, else $XDG_DATA_HOME/newsarchive/index\n"
      "(~/.local/share/newsarchive/index).");

  indexer::IndexOptions options;
  options.db_path = default_database_path();
  std::vector<std::string> inputs, remove_ids;
  bool quiet = false, no_entities = false, no_duplicates = false;
  std::string ner_model = indexer::default_ner_model_path();
  app.add_option("inputs", inputs, "Files, directories, or - for standard input");
  app.add_option("--db", options.db_path, "Database directory")->capture_default_str();
  app.add_option("--language", options.language,
                 "Default language of the articles, for stemming: " + supported_languages())
      ->capture_default_str();
  app.add_option("--format", options.format, "Read every input as this format: " + reader_names());
  app.add_option("--batch", options.batch_size, "Articles per commit (per shard)")
      ->capture_default_str();
  app.add_option("--jobs,-j", options.jobs,
                 "Threads that enrich articles (default: one per hardware thread)");
  app.add_option("--shards", options.shards,
                 "Keep the archive as N shard databases listed by a stub file, built in "
                 "parallel (default: a new archive is built in shards, one per job, and merged "
                 "into one database at the end)");
  app.add_flag("--search-time-stemming", options.search_time_stemming,
               "New archive: index words without their stems, and stem at search time. Indexing "
               "takes about a quarter less CPU and the archive is smaller; searches take about a "
               "quarter longer (docs/performance.md)");
  app.add_option("--remove", remove_ids, "Delete the articles with these ids");
  app.add_option("--csv-columns", options.csv_columns,
                 "Column mapping for CSV inputs, field=column pairs: title=headline,body=text");
  app.add_flag("-q,--quiet", quiet, "Print only errors: no progress, no summary");
  app.add_option("--ner-model", ner_model, "Named-entity model for the person/org/place facets")
      ->capture_default_str();
  app.add_flag("--no-entities", no_entities, "Do not extract people, organisations and places");
  app.add_flag("--no-duplicates", no_duplicates,
               "Do not give near-duplicate articles (copies of one wire story) a shared cluster "
               "key");
  CLI11_PARSE(app, argc, argv);

  if (inputs.empty() && remove_ids.empty()) {
    std::cerr << "news-index: nothing to do: name files or directories to index (or - for "
                 "standard input), or --remove IDs\n";
    return kExitFatal;
  }
  if (!language_code(options.language)) {
    std::cerr << "news-index: unknown language '" << options.language
              << "'; choose one of: " << supported_languages() << "\n";
    return kExitFatal;
  }
  if (std::string error;
      !options.csv_columns.empty() && !indexer::parse_csv_columns(options.csv_columns, error)) {
    std::cerr << "news-index: --csv-columns: " << error << "\n";
    return kExitFatal;
  }
  if (!options.format.empty() && !indexer::find_reader(options.format)) {
    std::cerr << "news-index: unknown format '" << options.format
              << "'; choose one of: " << reader_names() << "\n";
    return kExitFatal;
  }

  try {
    // A bar redrawn in place on a terminal; a line every ten seconds in a log.
    const bool terminal = isatty(STDERR_FILENO) != 0;
    indexer::ProgressReport progress(
        std::cerr,
        terminal ? indexer::ProgressReport::Mode::kTerminal : indexer::ProgressReport::Mode::kLines,
        terminal ? 0.2 : 10.0);
    if (!quiet)
      options.on_progress = [&](const indexer::ProgressSnapshot& s) { progress.update(s); };
    indexer::Indexer pipeline(options, [&](const std::string& m) { progress.message(m); });
    pipeline.add_enricher(std::make_unique<indexer::MentionedDatesEnricher>());
    if (!no_entities) pipeline.add_enricher(std::make_unique<indexer::EntityEnricher>(ner_model));
    if (!no_duplicates) {
      indexer::dedup::DuplicateOptions duplicates;
      duplicates.db_path = options.db_path;
      pipeline.add_enricher(std::make_unique<indexer::DuplicateEnricher>(duplicates));
    }
    if (!remove_ids.empty()) pipeline.remove(remove_ids);
    if (!inputs.empty()) pipeline.index(inputs);
    const auto summary = pipeline.finish();
    progress.finish();
    if (!quiet)
      std::cerr << "news-index: " << summary.line() << "; " << summary.document_count
                << " articles in " << options.db_path << "\n";
    return summary.skipped ? kExitSomeSkipped : kExitOk;
  } catch (const indexer::IndexError& e) {
    std::cerr << "news-index: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "news-index: fatal: " << e.what() << "\n";
  } catch (const Xapian::Error& e) {
    // The pipeline turns the database's errors into IndexError; this is the last guard.
    std::cerr << "news-index: fatal: " << e.get_description() << " (database '" << options.db_path
              << "')\n";
  }
  return kExitFatal;
}
