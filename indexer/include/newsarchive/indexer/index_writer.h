// The writing end of the pipeline: owns one WritableDatabase (a whole archive, or one shard of
// it), replaces articles by id, skips unchanged ones, and commits in batches so an interruption
// loses at most one batch. Not thread-safe: each writer belongs to one thread at a time.
#pragma once

#include <xapian.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace newsarchive::indexer {

// A database that cannot be opened for writing, with a message for the user.
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database itself failed (disk full, read-only, corrupt, lock lost): the run cannot go on.
// The message names the database and says what to do.
class DatabaseFailure : public IndexError {
 public:
  using IndexError::IndexError;
};

// `e`, raised by the database at `path`, as a DatabaseFailure that says what to do about it.
DatabaseFailure database_failure(const std::string& path, const Xapian::Error& e);

// The fingerprint stored for the article `id` in `db`, if it is there.
std::optional<std::string> stored_fingerprint(const Xapian::Database& db, const std::string& id);

class IndexWriter {
 public:
  enum class Outcome { kAdded, kReplaced, kUnchanged };

  // Creates the database if needed. Throws IndexError when it is locked by another writer,
  // is not a newsarchive index, or has another schema version.
  IndexWriter(const std::string& path, std::size_t batch_size);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // The fingerprint stored for `id`, if the article is in the database.
  std::optional<std::string> stored_fingerprint(const std::string& id);
  // Adds or replaces the document whose id term is `id`. A document the database refuses (an
  // InvalidArgumentError) throws as it is, so the caller can skip that one article; the
  // database's own failures throw DatabaseFailure.
  Outcome write(const std::string& id, const Xapian::Document& doc);
  // As write(), unless the stored article already has this fingerprint (kUnchanged).
  Outcome write_if_changed(const std::string& id, const std::string& fingerprint,
                           const Xapian::Document& doc);
  // Deletes the article with this id; false when there was none.
  bool remove(const std::string& id);
  void commit();
  // Records the index's default language (for query stemming) unless one is recorded already.
  void set_default_language(const std::string& code);
  Xapian::doccount document_count() const { return db_.get_doccount(); }
  // For passes over the whole database at the end of a run (the spelling dictionary).
  Xapian::WritableDatabase& database() { return db_; }

 private:
  // Replaces (or, without `doc`, deletes) the article with this id term, and commits once a
  // batch is full.
  void apply(const std::string& id_term, const std::optional<Xapian::Document>& doc);
  void change(const std::string& id_term, const std::optional<Xapian::Document>& doc);
  void start_batch();
  // Runs `step` on the database, turning its failures into DatabaseFailure.
  template <typename Step>
  auto guarded(Step step);

  Xapian::WritableDatabase db_;
  std::string path_;
  std::size_t batch_size_;
  // The changes since the last commit, to make again when Xapian refuses one document: it then
  // cancels them all.
  std::vector<std::pair<std::string, std::optional<Xapian::Document>>> uncommitted_;
  // The indexing sequence stamped on this batch's documents (schema kIndexSequence; alerts).
  std::uint64_t batch_sequence_ = 0;
};

}  // namespace newsarchive::indexer
