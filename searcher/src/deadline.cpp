#include "deadline.h"

#include <string>

namespace newsarchive::searcher {

Deadline::Deadline(std::chrono::milliseconds limit)
    : limit_(limit), end_(std::chrono::steady_clock::now() + limit) {}

void Deadline::check() const {
  if (active() && std::chrono::steady_clock::now() > end_)
    throw TimeLimitError("the search took longer than its limit of " +
                         std::to_string(limit_.count()) +
                         " ms; narrow it (fewer words, a date range, fewer facets)");
}

}  // namespace newsarchive::searcher
