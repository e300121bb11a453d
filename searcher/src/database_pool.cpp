#include "database_pool.h"

namespace newsarchive::searcher {
namespace {

// How long a handle missing a shard is reused before the shard is tried again: short enough to
// notice a restarted server soon, long enough not to pay a connect timeout on every search.
constexpr auto kRetryMissingShardsAfter = std::chrono::seconds(5);

}  // namespace

DatabasePool::DatabasePool(std::string path, SearcherOptions options)
    : path_(std::move(path)), options_(options) {
  idle_.push_back(open());
}

std::unique_ptr<DatabasePool::Handle> DatabasePool::open() const {
  return std::make_unique<Handle>(
      Handle{open_archive(path_, options_), std::chrono::steady_clock::now()});
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
    } catch (const Xapian::DatabaseError& e) {
      throw DatabaseError("cannot read index '" + path_ + "': " + e.get_msg());
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
