// One article that failed on its way through the pipeline costs that article only: whatever a
// reader's output, an enricher or Xapian throws about it becomes a reason to skip it. Failures
// that are not the article's (the database's own, the run stopping) are not.
#pragma once

#include <exception>
#include <optional>
#include <string>

namespace newsarchive::indexer {

// Why one article failed, in words for "file:line: reason"; nullopt when `e` is not the
// article's fault and must end the run (a DatabaseFailure, a Xapian database error).
std::optional<std::string> record_failure_reason(const std::exception_ptr& e);

}  // namespace newsarchive::indexer
