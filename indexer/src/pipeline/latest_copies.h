// Which copy the writer keeps when one run holds an article (an id) more than once: the copy
// read last, as a run on one thread would.
//
// Workers finish articles out of order (a long article's entities take longer to find), so an
// earlier copy can reach the writer after a later one and would replace it. The writer asks
// admit() with each copy's place in the input; a copy older than one already written is
// dropped. Only recent ids are remembered, so memory does not grow with the archive: a copy is
// overtaken only by articles read while it was being prepared, far fewer than the capacity.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>

namespace newsarchive::indexer {

class LatestCopies {
 public:
  explicit LatestCopies(std::size_t capacity) : capacity_(capacity) {}

  // Whether the copy of `id` read as `ticket` should be written: false when a copy read after
  // it has been written already.
  bool admit(const std::string& id, std::uint64_t ticket) {
    const auto [it, inserted] = ticket_of_.try_emplace(id, ticket);
    if (!inserted) {
      if (it->second > ticket) return false;
      it->second = ticket;
      return true;
    }
    order_.push_back(id);
    if (order_.size() > capacity_) {
      ticket_of_.erase(order_.front());
      order_.pop_front();
    }
    return true;
  }

 private:
  std::size_t capacity_;
  std::unordered_map<std::string, std::uint64_t> ticket_of_;
  std::deque<std::string> order_;  // the remembered ids, oldest first
};

}  // namespace newsarchive::indexer
