#include "newsarchive/indexer/index_writer.h"

#include <cstdlib>
#include <filesystem>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::indexer {
namespace {

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  // Xapian flushes on its own every XAPIAN_FLUSH_THRESHOLD documents (10000 by default), which
  // holds too much in memory for long articles; we commit in our own batches instead.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "100000", /*overwrite=*/0);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexError("database is locked: '" + path +
                     "' is being written by another news-index (wait for it to finish)");
  } catch (const Xapian::DatabaseError& e) {
    throw IndexError("cannot open database '" + path + "' for writing: " + e.get_msg());
  }
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, std::size_t batch_size)
    : db_(open_for_writing(path)), path_(path), batch_size_(batch_size ? batch_size : 1) {
  try {
    stored::check_schema(db_, path_);
  } catch (const stored::SchemaMismatch& e) {
    throw IndexError(e.what());
  }
  if (db_.get_metadata(std::string(schema::kVersionKey)).empty()) {
    stored::stamp_schema(db_);
    db_.commit();
  }
}

IndexWriter::~IndexWriter() {
  try {
    db_.commit();
  } catch (const Xapian::Error&) {
    // A destructor must not throw; the last batch is lost and the next run redoes it.
  }
}

std::optional<std::string> stored_fingerprint(const Xapian::Database& db, const std::string& id) {
  const std::string term = schema::boolean_term(schema::Field::kId, id);
  auto it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) return std::nullopt;
  return db.get_document(*it).get_value(schema::slot(schema::Field::kFingerprint));
}

std::optional<std::string> IndexWriter::stored_fingerprint(const std::string& id) {
  return indexer::stored_fingerprint(db_, id);
}

IndexWriter::Outcome IndexWriter::write_if_changed(const std::string& id,
                                                   const std::string& fingerprint,
                                                   const Xapian::Document& doc) {
  const auto stored = stored_fingerprint(id);
  if (stored == fingerprint) return Outcome::kUnchanged;
  db_.replace_document(schema::boolean_term(schema::Field::kId, id), doc);
  count_and_maybe_commit();
  return stored ? Outcome::kReplaced : Outcome::kAdded;
}

IndexWriter::Outcome IndexWriter::write(const std::string& id, const Xapian::Document& doc) {
  const std::string term = schema::boolean_term(schema::Field::kId, id);
  const bool existed = db_.term_exists(term);
  db_.replace_document(term, doc);
  count_and_maybe_commit();
  return existed ? Outcome::kReplaced : Outcome::kAdded;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = schema::boolean_term(schema::Field::kId, id);
  if (!db_.term_exists(term)) return false;
  db_.delete_document(term);
  count_and_maybe_commit();
  return true;
}

void IndexWriter::set_default_language(const std::string& code) {
  const std::string key(schema::kLanguageKey);
  if (db_.get_metadata(key).empty()) db_.set_metadata(key, code);
}

void IndexWriter::commit() {
  db_.commit();
  pending_ = 0;
}

void IndexWriter::count_and_maybe_commit() {
  if (++pending_ >= batch_size_) commit();
}

}  // namespace newsarchive::indexer
