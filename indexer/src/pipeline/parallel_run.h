// The threads of one indexing run: the calling thread reads, one worker per ArticlePreparer
// enriches and builds, one writer thread per IndexWriter (shard) writes. Bounded queues between
// the stages keep memory flat whatever the input's size.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "article_preparer.h"
#include "newsarchive/indexer/index_writer.h"

namespace newsarchive::indexer {

struct RunTally {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t unchanged = 0;
  std::size_t bytes_repaired = 0;
};

// Hands one article to the workers; false once the run is stopping after an error elsewhere.
using HandOver = std::function<bool(Article)>;

// Told of one article that failed (its origin, why) and was skipped; called from the worker
// and writer threads, so it must be thread-safe.
using RecordFailed = std::function<void(const std::string&, const std::string&)>;

// Calls `read(hand_over)` on this thread. An article that fails to be prepared or written is
// skipped and reported to `failed` (see record_failure.h); any other exception, of any
// thread, stops every stage and is rethrown here once all threads have ended.
RunTally run_in_parallel(const std::function<void(const HandOver&)>& read,
                         std::vector<ArticlePreparer>& preparers,
                         std::vector<std::unique_ptr<IndexWriter>>& writers,
                         const RecordFailed& failed);

}  // namespace newsarchive::indexer
