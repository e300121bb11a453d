#include "database_pool.h"

#include <filesystem>

#include "newsarchive/common/stored_values.h"
#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

DatabasePool::DatabasePool(std::string path) : path_(std::move(path)) {
  idle_.push_back(open());
}

std::unique_ptr<Xapian::Database> DatabasePool::open() const {
  if (!std::filesystem::exists(path_))
    throw DatabaseError("no index at '" + path_ +
                        "': create one with news-index (e.g. news-index --db " + path_ +
                        " sample_data/), or name another with --db");
  std::unique_ptr<Xapian::Database> db;
  try {
    db = std::make_unique<Xapian::Database>(path_);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index '" + path_ + "': " + e.get_msg() +
                        " (is it a newsarchive index? news-index creates one)");
  }
  try {
    stored::check_schema(*db, path_);
  } catch (const stored::SchemaMismatch& e) {
    throw SchemaError(e.what());
  }
  return db;
}

DatabasePool::Lease DatabasePool::borrow() {
  std::unique_ptr<Xapian::Database> db;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      db = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!db) db = open();
  try {
    db->reopen();  // cheap when nothing changed; picks up an indexer's latest commit
  } catch (const Xapian::DatabaseError& e) {
    throw DatabaseError("cannot read index '" + path_ + "': " + e.get_msg());
  }
  return Lease(*this, std::move(db));
}

void DatabasePool::give_back(std::unique_ptr<Xapian::Database> db) {
  if (!db) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(db));
}

}  // namespace newsarchive::searcher
