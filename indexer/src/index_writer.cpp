#include "newsarchive/indexer/index_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "database_failure.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::indexer {
namespace {

// Whether `path` is a glass database that a run killed while creating it left behind: its table
// files exist but its first commit never wrote the revision file `iamglass`. Xapian refuses to open
// such a directory ("Failed to open glass revision file"), yet it holds nothing a reader ever saw.
bool is_never_committed_glass(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec) || fs::exists(path / "iamglass", ec)) return false;
  bool has_table = false;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    const bool table = entry.path().extension() == ".glass";
    if (!entry.is_regular_file(ec) ||
        !(table || name == "flintlock" || name == kLockHolderFile || name.ends_with(".tmp")))
      return false;  // anything else is not ours to remove
    has_table = has_table || table;
  }
  return has_table && !ec;
}

// Whether a live process holds Xapian's write lock (an fcntl lock on `flintlock`) at `path`: a
// writer creating the database right now looks like a killed one until its first commit.
bool is_locked(const std::filesystem::path& path) {
  const int fd = ::open((path / "flintlock").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  const bool locked = ::fcntl(fd, F_GETLK, &probe) != 0 || probe.l_type != F_UNLCK;
  ::close(fd);
  return locked;
}

// Removes what a killed first commit left, so that the run starts the database afresh.
void discard_never_committed(const std::string& path) {
  if (!is_never_committed_glass(path) || is_locked(path)) return;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec))
    std::filesystem::remove(entry.path(), ec);
}

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  // Xapian flushes on its own every XAPIAN_FLUSH_THRESHOLD documents (10000 by default), which
  // holds too much in memory for long articles; we commit in our own batches instead.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "100000", /*overwrite=*/0);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  discard_never_committed(path);
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    throw DatabaseFailure(lock_failure_message(path, e));
  } catch (const Xapian::DatabaseError& e) {
    throw DatabaseFailure(
        "cannot open database '" + path + "' for writing: " + e.get_msg() +
        (e.get_error_string() ? std::string(" (") + e.get_error_string() + ")" : std::string()) +
        "; " + what_to_do(e));
  }
}

}  // namespace

template <typename Step>
auto IndexWriter::guarded(Step step) {
  try {
    return step();
  } catch (const Xapian::InvalidArgumentError&) {
    throw;  // the document's fault, not the database's
  } catch (const Xapian::Error& e) {
    throw database_failure(path_, e);
  }
}

IndexWriter::IndexWriter(const std::string& path, std::size_t batch_size)
    : db_(open_for_writing(path)), path_(path), batch_size_(batch_size ? batch_size : 1) {
  record_lock_holder(path_);
  try {
    stored::check_schema(db_, path_);
  } catch (const stored::SchemaMismatch& e) {
    throw IndexError(e.what());
  }
  if (db_.get_metadata(std::string(schema::kVersionKey)).empty()) {
    stored::stamp_schema(db_);
    guarded([&] { db_.commit(); });
  }
}

IndexWriter::~IndexWriter() {
  try {
    db_.commit();
  } catch (const Xapian::Error&) {
    // A destructor must not throw; the last batch is lost and the next run redoes it.
  }
  forget_lock_holder(path_);
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
  const auto stored = guarded([&] { return stored_fingerprint(id); });
  if (stored == fingerprint) return Outcome::kUnchanged;
  apply(schema::boolean_term(schema::Field::kId, id), doc);
  return stored ? Outcome::kReplaced : Outcome::kAdded;
}

IndexWriter::Outcome IndexWriter::write(const std::string& id, const Xapian::Document& doc) {
  const std::string term = schema::boolean_term(schema::Field::kId, id);
  const bool existed = guarded([&] { return db_.term_exists(term); });
  apply(term, doc);
  return existed ? Outcome::kReplaced : Outcome::kAdded;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = schema::boolean_term(schema::Field::kId, id);
  if (!guarded([&] { return db_.term_exists(term); })) return false;
  apply(term, std::nullopt);
  return true;
}

void IndexWriter::set_default_language(const std::string& code) {
  const std::string key(schema::kLanguageKey);
  if (!db_.get_metadata(key).empty()) return;
  db_.set_metadata(key, code);
  commit();  // never in a batch that a refused document could cancel
}

void IndexWriter::commit() {
  guarded([&] { db_.commit(); });
  uncommitted_.clear();
}

// Each batch gets a new, larger indexing sequence: alerts read between two commits see the later
// one's articles as new. The slot's upper bound covers every article ever committed here.
void IndexWriter::start_batch() {
  const std::string last = guarded(
      [&] { return db_.get_value_upper_bound(schema::slot(schema::Field::kIndexSequence)); });
  batch_sequence_ = stored::next_sequence(std::max(batch_sequence_, stored::decode_sequence(last)));
}

void IndexWriter::apply(const std::string& id_term, const std::optional<Xapian::Document>& doc) {
  if (uncommitted_.empty()) start_batch();
  std::optional<Xapian::Document> stamped = doc;
  if (stamped)
    stamped->add_value(schema::slot(schema::Field::kIndexSequence),
                       stored::encode_sequence(batch_sequence_));
  try {
    guarded([&] { change(id_term, stamped); });
  } catch (const Xapian::InvalidArgumentError&) {
    // Xapian has cancelled every change since the last commit, not only the refused one.
    guarded([&] {
      for (const auto& [term, earlier] : uncommitted_) change(term, earlier);
    });
    throw;
  }
  uncommitted_.emplace_back(id_term, stamped);
  if (uncommitted_.size() >= batch_size_) commit();
}

void IndexWriter::change(const std::string& id_term, const std::optional<Xapian::Document>& doc) {
  if (doc)
    db_.replace_document(id_term, *doc);
  else
    db_.delete_document(id_term);
}

}  // namespace newsarchive::indexer
