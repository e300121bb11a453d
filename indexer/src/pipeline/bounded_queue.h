// A first-in first-out hand-over between threads that holds at most `capacity` items, so a fast
// producer waits for slow consumers instead of filling memory. Given a weight budget too, it
// also holds at most that much weight (an item's size, say), except that an empty queue always
// takes one item, however heavy, so that nothing waits forever. close() ends it normally
// (consumers drain what is left); abort() ends it at once (after an error elsewhere).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace newsarchive::indexer {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity, std::size_t weight_budget = 0)
      : capacity_(capacity ? capacity : 1), weight_budget_(weight_budget) {}

  // Waits for room; false when the queue was closed or aborted (the item is dropped).
  bool push(T item, std::size_t weight = 0) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return has_room_for(weight) || closed_ || aborted_; });
    if (closed_ || aborted_) return false;
    items_.push_back({std::move(item), weight});
    weight_ += weight;
    not_empty_.notify_one();
    return true;
  }

  // Waits for an item; nullopt once the queue is closed and empty, or aborted.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_ || aborted_; });
    if (aborted_ || items_.empty()) return std::nullopt;
    std::pair<T, std::size_t> front = std::move(items_.front());
    items_.pop_front();
    weight_ -= front.second;
    // Every waiting producer: the weight freed may let in several light items, or none.
    not_full_.notify_all();
    return std::move(front.first);
  }

  void close() { end(closed_); }
  void abort() { end(aborted_); }

 private:
  bool has_room_for(std::size_t weight) const {
    if (items_.empty()) return true;
    if (items_.size() >= capacity_) return false;
    return weight_budget_ == 0 || weight_ + weight <= weight_budget_;
  }

  void end(bool& flag) {
    {
      std::lock_guard lock(mutex_);
      flag = true;
    }
    not_full_.notify_all();
    not_empty_.notify_all();
  }

  std::size_t capacity_;
  std::size_t weight_budget_;  // 0: no limit but the count
  std::size_t weight_ = 0;     // of the items held
  std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
  std::deque<std::pair<T, std::size_t>> items_;
  bool closed_ = false;
  bool aborted_ = false;
};

}  // namespace newsarchive::indexer
