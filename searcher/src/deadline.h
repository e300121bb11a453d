// The time one search may take (SearchRequest::time_limit). Xapian 1.4 cannot stop a match
// (Enquire::set_time_limit only stops sharpening the estimate of the total), but an exception
// thrown by a match decider ends it: DeadlineDecider accepts every document and throws
// TimeLimitError once the time is up, looking at the clock every few hundred documents.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstdint>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

class Deadline {
 public:
  // A zero limit is no limit.
  explicit Deadline(std::chrono::milliseconds limit);
  bool active() const { return limit_.count() > 0; }
  // Throws TimeLimitError when the time is up.
  void check() const;
  // check(), but only every kStride-th call: cheap enough for every matching document.
  void check_now_and_then() const {
    if (active() && ++calls_ % kStride == 0) check();
  }

 private:
  static constexpr std::uint32_t kStride = 256;
  std::chrono::milliseconds limit_;
  std::chrono::steady_clock::time_point end_;
  mutable std::uint32_t calls_ = 0;
};

// Not for remote shards: Xapian's server takes no match decider.
class DeadlineDecider final : public Xapian::MatchDecider {
 public:
  explicit DeadlineDecider(const Deadline& deadline) : deadline_(deadline) {}
  bool operator()(const Xapian::Document&) const override {
    deadline_.check_now_and_then();
    return true;
  }

 private:
  const Deadline& deadline_;
};

}  // namespace newsarchive::searcher
