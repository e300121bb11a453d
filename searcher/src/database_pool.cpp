#include "database_pool.h"

#include <filesystem>
#include <thread>

namespace newsarchive::searcher {
namespace {

// How long a handle missing a shard is reused before the shard is tried again: short enough to
// notice a restarted server soon, long enough not to pay a connect timeout on every search.
constexpr auto kRetryMissingShardsAfter = std::chrono::seconds(5);

// An indexer that commits, or merges its shards and rewrites the stub, can leave an archive
// unopenable for a moment: the revision being opened is recycled by the next commit, or the stub
// names a shard that is being replaced. Opening an archive that exists is tried again a few
// times (25 ms, then doubling: about 0.8 s in all) before its error is the caller's.
constexpr int kOpenTries = 6;
constexpr auto kFirstOpenPause = std::chrono::milliseconds(25);

}  // namespace

DatabasePool::DatabasePool(std::string path, SearcherOptions options)
    : path_(std::move(path)), options_(options) {
  idle_.push_back(open());
}

std::unique_ptr<DatabasePool::Handle> DatabasePool::open() const {
  auto pause = kFirstOpenPause;
  for (int attempt = 1;; ++attempt) {
    try {
      return std::make_unique<Handle>(
          Handle{open_archive(path_, options_), std::chrono::steady_clock::now()});
    } catch (const SchemaError&) {
      throw;  // another schema version is no passing state
    } catch (const DatabaseError&) {
      std::error_code ec;
      if (attempt == kOpenTries || !std::filesystem::exists(path_, ec)) throw;
    }
    std::this_thread::sleep_for(pause);
    pause *= 2;
  }
}

DatabasePool::Lease DatabasePool::borrow() {
  std::unique_ptr<Handle> handle;
  {
    std::lock_guard lock(mutex_);
    while (!handle && !idle_.empty()) {
      handle = std::move(idle_.back());
      idle_.pop_back();
      if (!handle->archive.missing.empty() &&
          std::chrono::steady_clock::now() - handle->opened_at > kRetryMissingShardsAfter)
        handle.reset();
    }
  }
  if (handle) {
    try {
      handle->archive.db.reopen();  // cheap when nothing changed; picks up the latest commit
      return Lease(*this, std::move(handle), false);
    } catch (const Xapian::NetworkError&) {
      handle.reset();  // a remote shard went away since: open afresh, which names it
    } catch (const Xapian::DatabaseError&) {
      // The revision it held was recycled by commits since, or a merge replaced the shards it
      // had open: open afresh, which says what is wrong if anything still is.
      handle.reset();
    }
  }
  return Lease(*this, open(), true);
}

void DatabasePool::Lease::discard() {
  handle_.reset();
  pool_.drop_idle();
}

void DatabasePool::give_back(std::unique_ptr<Handle> handle) {
  if (!handle) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(handle));
}

void DatabasePool::drop_idle() {
  std::lock_guard lock(mutex_);
  idle_.clear();
}

}  // namespace newsarchive::searcher
