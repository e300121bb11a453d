#include "stem_group_cache.h"

namespace newsarchive::searcher {

StemGroupCache::Snapshot StemGroupCache::snapshot_of(const Xapian::Database& db) {
  return {db.get_doccount(), db.get_lastdocid(), db.get_total_length()};
}

std::optional<StemGroupEntry> StemGroupCache::find(const Snapshot& at,
                                                   const std::string& stemmed_term) const {
  const std::lock_guard lock(mutex_);
  if (at != snapshot_) return std::nullopt;
  const auto it = entries_.find(stemmed_term);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void StemGroupCache::store(const Snapshot& at, const std::string& stemmed_term,
                           StemGroupEntry entry) {
  const std::lock_guard lock(mutex_);
  if (at != snapshot_ || entries_.size() >= kMaxEntries) {
    entries_.clear();
    snapshot_ = at;
  }
  entries_.insert_or_assign(stemmed_term, std::move(entry));
}

}  // namespace newsarchive::searcher
