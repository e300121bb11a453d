// Lets the workers through one at a time in the order of their tickets, the articles' input
// order. A step whose result depends on the articles before it (a near-duplicate's cluster key
// is its first copy's id) then gives with many workers what it gives with one, so re-indexing
// the same files, or indexing them as shards, gives the same keys.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace newsarchive::indexer {

class Turnstile {
 public:
  // Waits until every lower ticket has left; false once aborted (the run is stopping).
  bool enter(std::uint64_t ticket) {
    std::unique_lock lock(mutex_);
    turn_.wait(lock, [&] { return next_ == ticket || aborted_; });
    return !aborted_;
  }

  // Called by the holder of the current ticket: lets the next one in.
  void leave() {
    {
      std::lock_guard lock(mutex_);
      ++next_;
    }
    turn_.notify_all();  // the few waiting workers check whether it is their turn
  }

  void abort() {
    {
      std::lock_guard lock(mutex_);
      aborted_ = true;
    }
    turn_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable turn_;
  std::uint64_t next_ = 0;
  bool aborted_ = false;
};

}  // namespace newsarchive::indexer
