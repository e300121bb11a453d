// The writing end of the pipeline: owns one WritableDatabase (a whole archive, or one shard of
// it), replaces articles by id, skips unchanged ones, and commits in batches so an interruption
// loses at most one batch. Not thread-safe: each writer belongs to one thread at a time.
#pragma once

#include <xapian.h>

#include <optional>
#include <stdexcept>
#include <string>

namespace newsarchive::indexer {

// A database that cannot be opened for writing, with a message for the user.
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

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
  // Adds or replaces the document whose id term is `id`.
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
  void count_and_maybe_commit();

  Xapian::WritableDatabase db_;
  std::string path_;
  std::size_t batch_size_;
  std::size_t pending_ = 0;
};

}  // namespace newsarchive::indexer
