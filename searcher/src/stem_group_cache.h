// What StemGroups found, kept between the searches of one Searcher. A stem's words cost a scan
// of the term list and their weight correction a boolean match over their postings; the same
// stems come back query after query. Entries hold plain data (Xapian's Query is not safe to
// share between threads), and are all dropped when the archive changes.
// Thread-safe.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace newsarchive::searcher {

struct StemGroupEntry {
  std::vector<std::string> words;  // the archive's words of the stem, as terms
  double weight_factor = 1.0;      // see StemGroups::one_term_factor
};

class StemGroupCache {
 public:
  // Which state of an archive entries belong to: its article count, last document id and
  // total length, which any commit that adds, replaces or deletes articles changes (a
  // replacement of exactly the same length aside, whose words are then nearly always the same).
  using Snapshot = std::tuple<Xapian::doccount, Xapian::docid, Xapian::totallength>;
  static Snapshot snapshot_of(const Xapian::Database& db);

  std::optional<StemGroupEntry> find(const Snapshot& at, const std::string& stemmed_term) const;
  void store(const Snapshot& at, const std::string& stemmed_term, StemGroupEntry entry);

 private:
  // Enough for every stem of a day's queries; the memory stays bounded whatever comes.
  static constexpr std::size_t kMaxEntries = 20000;
  mutable std::mutex mutex_;
  Snapshot snapshot_{};
  std::unordered_map<std::string, StemGroupEntry> entries_;
};

}  // namespace newsarchive::searcher
