// Xapian database handles are not thread-safe, so each search borrows one from this pool and
// gives it back; concurrent searches each open their own, reused afterwards.
#pragma once

#include <xapian.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace newsarchive::searcher {

class DatabasePool {
 public:
  // Opens one handle at once so that a missing or incompatible database fails here, early.
  explicit DatabasePool(std::string path);

  class Lease {
   public:
    Lease(DatabasePool& pool, std::unique_ptr<Xapian::Database> db)
        : pool_(pool), db_(std::move(db)) {}
    ~Lease() { pool_.give_back(std::move(db_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Xapian::Database& operator*() { return *db_; }
    Xapian::Database* operator->() { return db_.get(); }

   private:
    DatabasePool& pool_;
    std::unique_ptr<Xapian::Database> db_;
  };

  // A handle reopened to the latest committed revision.
  Lease borrow();
  const std::string& path() const { return path_; }

 private:
  std::unique_ptr<Xapian::Database> open() const;
  void give_back(std::unique_ptr<Xapian::Database> db);

  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Xapian::Database>> idle_;
};

}  // namespace newsarchive::searcher
