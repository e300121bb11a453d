#include "newsarchive/indexer/indexer.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "newsarchive/common/schema.h"
#include "newsarchive/indexer/article_sink.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/input_files.h"
#include "newsarchive/indexer/limits.h"
#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/readers/csv_reader.h"
#include "newsarchive/indexer/shard_layout.h"
#include "newsarchive/indexer/spelling_dictionary.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/text.h"
#include "pipeline/parallel_run.h"

namespace newsarchive::indexer {
namespace {

using Clock = std::chrono::steady_clock;
using Kind = ArchiveLayout::Kind;

// Thrown through a reader when the workers have stopped after an error of their own, which is
// the one reported.
struct RunStopped {};

std::size_t hardware_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

// The layout this run writes: the existing one, or for a new archive what the options ask.
ArchiveLayout planned_layout(const IndexOptions& o, std::size_t jobs) {
  ArchiveLayout layout = read_layout(o.db_path);
  if (o.shards > 0) {
    if (layout.kind == Kind::kAbsent)
      return o.shards == 1 ? ArchiveLayout{Kind::kSingle, 1, false}
                           : ArchiveLayout{Kind::kSharded, o.shards, false};
    if (layout.shards != o.shards)
      throw IndexError("'" + o.db_path + "' is " +
                       (layout.kind == Kind::kSingle ? std::string("one database")
                                                     : std::to_string(layout.shards) + " shards") +
                       "; --shards " + std::to_string(o.shards) +
                       " would send articles to other shards than before (leave --shards out, or "
                       "index into a new --db)");
    layout.merge_pending = false;  // the user asks to keep these shards
    return layout;
  }
  if (layout.kind == Kind::kAbsent)
    return jobs > 1 ? ArchiveLayout{Kind::kSharded, jobs, true} : ArchiveLayout{Kind::kSingle, 1};
  return layout;
}

// Runs `job` on every writer, one thread each (the calling thread takes the first), and
// rethrows the first exception once all have ended.
void for_each_in_parallel(std::vector<std::unique_ptr<IndexWriter>>& writers,
                          const std::function<void(IndexWriter&)>& job) {
  std::vector<std::exception_ptr> errors(writers.size());
  auto run = [&](std::size_t i) {
    try {
      job(*writers[i]);
    } catch (...) {
      errors[i] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < writers.size(); ++i) threads.emplace_back(run, i);
  if (!writers.empty()) run(0);
  for (auto& t : threads) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

// Runs `step`, a stage of the run on the archive at `db`: a database error that escapes it
// ends the run as a DatabaseFailure that names the archive.
template <typename Step>
void on_database(const std::string& db, Step step) {
  try {
    step();
  } catch (const Xapian::Error& e) {
    throw database_failure(db, e);
  } catch (const std::filesystem::filesystem_error& e) {
    throw DatabaseFailure("database '" + db + "' failed: " + e.what() +
                          "; the archive keeps its last commit; run news-index again once the "
                          "cause is fixed");
  }
}

}  // namespace

std::string IndexSummary::line() const {
  std::string out = "indexed " + std::to_string(indexed()) + " (new " + std::to_string(added) +
                    ", replaced " + std::to_string(replaced) + "), unchanged " +
                    std::to_string(unchanged);
  if (removed) out += ", removed " + std::to_string(removed);
  out += ", skipped " + std::to_string(skipped);
  if (!skip_reasons.empty()) {
    out += " (";
    bool first = true;
    for (const auto& [reason, n] : skip_reasons) {
      out += (first ? "" : "; ") + reason + ": " + std::to_string(n);
      first = false;
    }
    out += ")";
  }
  if (warnings) out += ", warnings " + std::to_string(warnings);
  char tail[96];
  const double rate = seconds > 0 ? static_cast<double>(indexed() + unchanged) / seconds : 0;
  std::snprintf(tail, sizeof tail, ", %.1f s, %.0f articles/s", seconds, rate);
  return out + tail;
}

struct Indexer::Impl final : ArticleSink {
  IndexOptions options;
  MessageHandler on_message;
  std::size_t jobs;
  ArchiveLayout layout;
  std::vector<std::unique_ptr<IndexWriter>> writers;  // one per shard
  std::vector<std::unique_ptr<Enricher>> enrichers;
  std::vector<FinishPass> finish_passes;
  std::string pipeline_signature;
  IndexSummary summary;
  Clock::time_point started = Clock::now();
  const HandOver* hand_over = nullptr;  // set while index() runs

  Impl(IndexOptions o, MessageHandler m)
      : options(std::move(o)),
        on_message(std::move(m)),
        jobs(options.jobs ? options.jobs : hardware_jobs()),
        layout(planned_layout(options, jobs)),
        pipeline_signature("schema" + std::to_string(schema::kVersion)) {
    open_writers();
  }

  // Shard 0 first, so a second news-index stops at once with "database is locked"; the stub
  // last, so it never names a shard that does not exist.
  void open_writers() {
    if (layout.kind != Kind::kSharded) {
      writers.push_back(std::make_unique<IndexWriter>(options.db_path, options.batch_size));
    } else {
      for (std::size_t i = 0; i < layout.shards; ++i)
        writers.push_back(std::make_unique<IndexWriter>(shard_path(options.db_path, i).string(),
                                                        options.batch_size));
      write_stub(options.db_path, layout.shards, layout.merge_pending);
    }
    for (auto& w : writers) w->set_default_language(options.language);
    settle_stemming();
  }

  // Whether this archive indexes stems: what it was created with, or for a new one, the option.
  bool stems_at_search = false;
  void settle_stemming() {
    const std::string key(schema::kStemsKey);
    const bool recorded = writers.front()->database().get_metadata(key) == schema::kStemsAtSearch;
    std::size_t stored = 0;
    for (const auto& w : writers) stored += w->document_count();
    if (stored > 0 && options.search_time_stemming && !recorded)
      throw IndexError(options.db_path +
                       ": this archive indexes stems, and search-time stemming is chosen when an "
                       "archive is created: index into a new --db to use it");
    stems_at_search = recorded || (stored == 0 && options.search_time_stemming);
    if (stems_at_search)
      for (auto& w : writers) {
        w->database().set_metadata(key, std::string(schema::kStemsAtSearch));
        w->commit();  // never in a batch that a refused document could cancel
      }
  }

  // Skips and warnings come from the reading thread, and from the workers and writers for an
  // article that fails there; one at a time, with the progress display.
  std::mutex reporting;

  void skipped(const std::string& where, const std::string& reason) override {
    std::lock_guard lock(reporting);
    ++summary.skipped;
    // Group reasons by their general kind, not their details, so the summary stays one line.
    ++summary.skip_reasons[reason.substr(0, reason.find(" ("))];
    on_message(where + ": " + reason);
  }

  void warning(const std::string& where, const std::string& message) override {
    std::lock_guard lock(reporting);
    ++summary.warnings;
    on_message(where + ": warning: " + message);
  }

  void article(Article a) override {
    ++articles_read;
    if (const std::size_t bytes = a.title.size() + a.body.size();
        bytes > limits::kMaxArticleBytes) {
      skipped(a.origin, "article too large (" + std::to_string(bytes >> 10) +
                            " KiB of text, over " + std::to_string(limits::kMaxArticleBytes >> 20) +
                            " MiB)");
      return;
    }
    report_progress(false);
    if (!(*hand_over)(std::move(a))) throw RunStopped{};
  }

  // Progress as the reader sees it: articles read, bytes of the inputs consumed.
  std::uint64_t articles_read = 0, bytes_done = 0, bytes_total = 0;
  PositionProbe position;
  Clock::time_point last_report{};

  void report_progress(bool force) {
    if (!options.on_progress) return;
    const auto now = Clock::now();
    if (!force && now - last_report < std::chrono::milliseconds(200)) return;
    last_report = now;
    std::lock_guard lock(reporting);
    options.on_progress({articles_read, bytes_done + (position ? position() : 0), bytes_total,
                         std::chrono::duration<double>(now - started).count()});
  }

  std::vector<ArticlePreparer> preparers(const PreparerSettings& settings) const {
    std::vector<ArticlePreparer> out;
    out.reserve(jobs);  // never moved: each keeps its own TermGenerator
    for (std::size_t i = 0; i < jobs; ++i) out.emplace_back(settings);
    return out;
  }

  PreparerSettings preparer_settings() const {
    PreparerSettings s;
    s.default_language = options.language;
    s.signature_suffix = "/" + text::hex64(text::fnv1a64(pipeline_signature));
    for (const auto& e : enrichers) {
      s.enrichers.push_back(e.get());
      s.any_in_input_order = s.any_in_input_order || e->in_input_order();
    }
    s.shard_count = writers.size();
    s.index_stems = !stems_at_search;
    std::size_t stored = 0;
    for (const auto& w : writers) stored += w->document_count();
    if (stored) s.existing_archive = options.db_path;
    return s;
  }

  // The CSV reader for --csv-columns, when given: CSV inputs are read with its mapping.
  std::optional<CsvReader> csv_reader_with_columns() const {
    if (options.csv_columns.empty()) return std::nullopt;
    std::string error;
    auto columns = parse_csv_columns(options.csv_columns, error);
    if (!columns) throw IndexError("bad CSV column mapping '" + options.csv_columns + "'");
    return CsvReader(std::move(*columns));
  }

  // What the streams of one input file held, to say why it gave no articles.
  struct StreamsSeen {
    std::size_t streams = 0, with_data = 0;
    std::string reader;
    void note(std::string_view head, std::string_view name) {
      ++streams;
      if (!head.empty()) ++with_data, reader = name;
    }
  };

  void report_nothing_found(const std::string& origin, const StreamsSeen& seen) {
    if (seen.streams == 0)
      skipped(origin, "no articles: an empty archive or compressed file (no members)");
    else if (seen.with_data == 0)
      skipped(origin, "no articles: empty file");
    else
      skipped(origin, "no articles found (read as " + seen.reader + ")");
  }

  // Commits, runs the finish passes and merges a parallel build's shards.
  void finish_writing();

  void read_all(const std::vector<std::string>& inputs) {
    const auto expanded = expand_inputs(inputs);
    for (const auto& [arg, reason] : expanded.errors) skipped(arg, reason);
    const ArticleReader* forced = options.format.empty() ? nullptr : find_reader(options.format);
    const std::optional<CsvReader> mapped_csv = csv_reader_with_columns();
    for (const auto& file : expanded.files) bytes_total += file.size;
    for (const auto& file : expanded.files) {
      const std::size_t reported_before = articles_read + summary.skipped + summary.warnings;
      StreamsSeen seen;
      for_each_stream(
          file,
          [&](const std::string& origin, std::string_view head, std::istream& in) {
            const ArticleReader* reader = forced ? forced : &detect_reader(origin, head);
            if (mapped_csv && reader->name() == "csv") reader = &*mapped_csv;
            seen.note(head, reader->name());
            reader->read(in, origin, *this);
          },
          [&](const std::string& where, const std::string& reason) { skipped(where, reason); },
          &position);
      // A file that gave nothing and said nothing is never passed over in silence.
      if (articles_read + summary.skipped + summary.warnings == reported_before)
        report_nothing_found(file.origin, seen);
      bytes_done += file.size;
      report_progress(true);
    }
  }
};

Indexer::Indexer(IndexOptions options, MessageHandler on_message) {
  if (auto code = language_code(options.language)) options.language = *code;
  impl_ = std::make_unique<Impl>(std::move(options), std::move(on_message));
}

Indexer::~Indexer() = default;

void Indexer::add_enricher(std::unique_ptr<Enricher> e) {
  impl_->pipeline_signature += "+" + e->signature();
  impl_->enrichers.push_back(std::move(e));
}

void Indexer::add_finish_pass(FinishPass pass) {
  impl_->finish_passes.push_back(std::move(pass));
}

void Indexer::index(const std::vector<std::string>& inputs) {
  auto& self = *impl_;
  const PreparerSettings settings = self.preparer_settings();
  auto preparers = self.preparers(settings);
  RunTally tally;
  on_database(self.options.db_path, [&] {
    tally = run_in_parallel(
        [&](const HandOver& hand_over) {
          self.hand_over = &hand_over;
          try {
            self.read_all(inputs);
          } catch (const RunStopped&) {
            // The error that stopped the workers is rethrown by run_in_parallel.
          }
          self.hand_over = nullptr;
        },
        preparers, self.writers,
        [&](const std::string& where, const std::string& reason) { self.skipped(where, reason); });
  });
  self.summary.added += tally.added;
  self.summary.replaced += tally.replaced;
  self.summary.unchanged += tally.unchanged;
  self.summary.bytes_repaired += tally.bytes_repaired;
}

void Indexer::remove(const std::vector<std::string>& ids) {
  auto& self = *impl_;
  for (const auto& id : ids) {
    if (self.writers[shard_for(id, self.writers.size())]->remove(id))
      ++self.summary.removed;
    else
      self.on_message(id + ": no article with this id");
  }
}

IndexSummary Indexer::finish() {
  auto& self = *impl_;
  on_database(self.options.db_path, [&] { self.finish_writing(); });
  self.summary.seconds = std::chrono::duration<double>(Clock::now() - self.started).count();
  on_database(self.options.db_path, [&] {
    self.summary.document_count = Xapian::Database(self.options.db_path).get_doccount();
  });
  return self.summary;
}

void Indexer::Impl::finish_writing() {
  auto& self = *this;
  // The spelling dictionary mirrors each shard's committed vocabulary; merging sums the shards'.
  // Shards are independent, so each finishes on its own thread: the end of a run uses every
  // core, as its middle did.
  for_each_in_parallel(self.writers, [&](IndexWriter& w) {
    w.commit();
    update_spelling_dictionary(w.database());
    for (const auto& pass : self.finish_passes) pass(w.database());
    w.commit();
  });
  if (self.layout.kind == Kind::kSharded && self.layout.merge_pending) {
    // The shards stay locked while they are merged, so no other news-index writes to them.
    merge_shards(self.options.db_path, self.layout.shards);
    self.writers.clear();
    remove_merged_shards(self.options.db_path);
    self.layout = {Kind::kSingle, 1, false};
  }
}

}  // namespace newsarchive::indexer
