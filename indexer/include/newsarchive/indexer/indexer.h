// The indexing pipeline, top to bottom: expand inputs -> read (one reader per format) ->
// normalise and enrich -> build documents -> write in batches. Reading runs on the calling
// thread; enriching and building on `jobs` worker threads; writing on one thread per shard.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsarchive/indexer/enricher.h"
#include "newsarchive/indexer/progress_report.h"

namespace Xapian {
class WritableDatabase;
}

namespace newsarchive::indexer {

struct IndexOptions {
  std::string db_path;
  std::string language = "en";  // default stemmer for articles that name none
  std::string format;           // force a reader ("" = detect per input)
  // Articles per commit. Small batches are faster with Xapian 1.4, whose pending changes grow
  // costly to update: on 3,000 Reuters-21578 articles, batches of 200 took 2.4 s of CPU, 1000
  // took 3.4 s and 5000 took 4.2 s. It also bounds what an interruption can lose.
  std::size_t batch_size = 500;
  // Worker threads that enrich and build documents; 0 = one per hardware thread.
  std::size_t jobs = 0;
  // 0: a new archive is built as one shard per job and merged into one database by finish();
  // an existing one keeps its layout. N: the archive is N shards, kept as such (a different N on
  // an existing archive is an IndexError: articles would no longer find their shard).
  std::size_t shards = 0;
  // "title=headline,body=text": the column mapping for inputs read as CSV, detected or by
  // `format` (see parse_csv_columns); the run owns the reader it makes.
  std::string csv_columns;
  // A new archive indexes words only, without their stems, and is searched with stemming at
  // search time: indexing takes less CPU and the archive is smaller, searches take longer
  // (docs/performance.md). An existing archive keeps what it was created with; asking for this
  // on one that indexes stems is an IndexError.
  bool search_time_stemming = false;
  // Called from the reading thread a few times a second at most, for a progress display.
  std::function<void(const ProgressSnapshot&)> on_progress;
};

struct IndexSummary {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;
  std::size_t skipped = 0;
  std::size_t warnings = 0;
  std::size_t bytes_repaired = 0;  // invalid UTF-8 bytes replaced
  std::map<std::string, std::size_t> skip_reasons;
  double seconds = 0;
  std::size_t document_count = 0;  // in the database afterwards

  std::size_t indexed() const { return added + replaced; }
  // "indexed 12 (new 10, replaced 2), unchanged 3, skipped 1 (no title or body: 1), 0.4 s, 30
  // articles/s"
  std::string line() const;
};

// Receives each problem as it happens: "file:line: reason". Called on the thread that called
// index(), in input order, except for an article that fails while it is enriched, built or
// written: that one is reported from the worker or writer thread. Never two calls at once.
using MessageHandler = std::function<void(const std::string&)>;

// Runs once per database written (each shard, before any merge) at the end of a run, before the
// last commit: spelling data and the like. Shards finish on threads of their own, so a pass
// may run on several shards at once and must be thread-safe.
using FinishPass = std::function<void(Xapian::WritableDatabase&)>;

class Indexer {
 public:
  // Opens (or creates) the database; throws IndexError when it cannot (locked by another
  // writer, another schema, a --shards that does not match the archive).
  Indexer(IndexOptions options, MessageHandler on_message);
  ~Indexer();

  // One instance serves every worker thread at once, so it must be thread-safe (see Enricher).
  void add_enricher(std::unique_ptr<Enricher> e);
  void add_finish_pass(FinishPass pass);
  // Reads and indexes every input (files, directories, "-" for standard input). An article that
  // fails is skipped and reported; a failure of the database throws DatabaseFailure.
  void index(const std::vector<std::string>& inputs);
  // Deletes articles by id.
  void remove(const std::vector<std::string>& ids);
  // Runs the finish passes, commits, merges a parallel build's shards into one database, and
  // returns the totals.
  IndexSummary finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive::indexer
