// Assigns near-duplicate cluster keys while indexing: the same wire story with small edits, other
// headlines or a trimmed ending gets the key of the first copy seen.
//
// Shared by every indexing worker: one mutex covers lookup and insertion, so two copies
// processed at the same moment still meet. Candidates come from an in-memory LSH band table of
// the most recent `memory_articles` articles (bounded memory, under 1 kB each; copies of a wire
// story sit close together in an archive). When the detector is made, the table is filled with
// the most recently indexed articles of the database, read from their stored signatures, so
// articles of earlier runs are found too.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "newsarchive/common/article.h"
#include "newsarchive/indexer/dedup/minhash.h"

namespace newsarchive::indexer::dedup {

struct DuplicateOptions {
  std::string db_path;  // the index being written; "" or missing: no earlier articles
  std::size_t memory_articles = 50000;
  // Two texts are near-duplicates when their shingle sets' Jaccard similarity reaches
  // min_jaccard, or when one is mostly contained in the other (a trimmed copy) and they are
  // still min_jaccard_contained alike. Measured in docs/duplicates.md.
  double min_jaccard = 0.5;
  double min_containment = 0.8;
  double min_jaccard_contained = 0.3;
  // Short texts (dividend notices, price flashes, rate tables) are mostly template: a body of
  // fewer than `short_text_shingles` shingles is signed with its headline, and when the shorter
  // of two signatures has fewer than that, only a Jaccard similarity of `min_jaccard_short`
  // makes them near-duplicates.
  std::uint32_t short_text_shingles = 40;
  double min_jaccard_short = 0.9;
  // Copies of a wire story run within days of each other; the same template filled in weeks
  // apart ("Fed holds rates steady", a weekly factbox) is a new story. Undated articles are
  // compared with everything.
  int max_days_apart = 7;
};

// Whether two signatures are alike enough to call their texts near-duplicates under `o`.
bool near_duplicates(const MinHashSignature& a, const MinHashSignature& b,
                     const DuplicateOptions& o);

class DuplicateDetector {
 public:
  // Reads the signatures of the database's most recent articles; a missing database, or one
  // that cannot be read, gives an empty table (the index writer reports real problems).
  explicit DuplicateDetector(DuplicateOptions options);
  DuplicateDetector(const DuplicateDetector&) = delete;
  DuplicateDetector& operator=(const DuplicateDetector&) = delete;

  // Sets a.cluster (the most similar earlier near-duplicate's key, else a.id) and
  // a.duplicate_signature from a.body (with a.title when the body is short). Needs a.id. Safe
  // to call from several threads. The same as sign() then match().
  void assign(Article& a);

  // The costly half, which needs no other article: sets a.duplicate_signature (empty when the
  // text is too short to judge) and a.cluster = a.id. Safe to call from several threads.
  void sign(Article& a) const;
  // Finds the most similar remembered near-duplicate of a signed article, takes its cluster key
  // and remembers the article. Safe to call from several threads; the keys depend on the order
  // of the calls, which the indexer makes the input order.
  void match(Article& a);

  // The parameters, for the indexer's pipeline signature.
  std::string signature() const;

 private:
  struct Remembered {
    std::string id;
    std::string cluster;
    MinHashSignature sig;
    std::optional<Timestamp> published;
  };
  struct Match {
    std::string cluster;
    double similarity = -1;
  };

  void load_recent(const std::string& db_path);
  void consider(const Remembered& self, const Remembered& other, Match& best) const;
  void find(const Remembered& self, const std::array<std::string, kBands>& bands,
            Match& best) const;
  void remember(Remembered r, const std::array<std::string, kBands>& bands);

  DuplicateOptions options_;
  std::mutex mutex_;
  std::deque<Remembered> recent_;
  std::uint64_t first_sequence_ = 0;  // sequence number of recent_.front()
  // Band key (its 64 bits) -> sequence number of a remembered article.
  std::unordered_multimap<std::uint64_t, std::uint64_t> by_band_;
};

}  // namespace newsarchive::indexer::dedup
