// Xapian database handles are not thread-safe, so each search borrows one from this pool and
// gives it back; concurrent searches each open their own, reused afterwards. A handle may span
// several shards (archive_opener.h); one that lacks a shard (allow_partial) is not kept long, so
// a shard that comes back is searched again.
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "archive_opener.h"
#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

class DatabasePool {
 public:
  // Opens one handle at once so that a missing or incompatible database fails here, early.
  DatabasePool(std::string path, SearcherOptions options);

  struct Handle {
    OpenedArchive archive;
    std::chrono::steady_clock::time_point opened_at;
  };

  class Lease {
   public:
    Lease(DatabasePool& pool, std::unique_ptr<Handle> handle, bool fresh)
        : pool_(pool), handle_(std::move(handle)), fresh_(fresh) {}
    ~Lease() { pool_.give_back(std::move(handle_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Xapian::Database& operator*() { return handle_->archive.db; }
    Xapian::Database* operator->() { return &handle_->archive.db; }

    // The shards this handle leaves out ("shard N (where): reason"), for the result's warnings.
    const std::vector<std::string>& missing() const { return handle_->archive.missing; }
    bool has_remote() const { return handle_->archive.has_remote; }
    const std::vector<Xapian::Database>& shards() const { return handle_->archive.shards; }
    // Opened by this borrow, not reused: a network error on it is not a stale connection.
    bool fresh() const { return fresh_; }
    // A shard failed under this handle: drop it and every idle one, so that the next borrow
    // opens the shards afresh (and names the one that is down).
    void discard();

   private:
    DatabasePool& pool_;
    std::unique_ptr<Handle> handle_;
    bool fresh_;
  };

  // A handle reopened to the latest committed revision.
  Lease borrow();
  const std::string& path() const { return path_; }

 private:
  std::unique_ptr<Handle> open() const;
  void give_back(std::unique_ptr<Handle> handle);
  void drop_idle();

  std::string path_;
  SearcherOptions options_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Handle>> idle_;
};

}  // namespace newsarchive::searcher
