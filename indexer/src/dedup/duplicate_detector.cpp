#include "newsarchive/indexer/dedup/duplicate_detector.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::indexer::dedup {
namespace {

using schema::Field;

// A boilerplate band (the same agency footer everywhere) could name thousands of articles;
// looking at more than this many candidates per band costs time and finds nothing new.
constexpr std::size_t kMaxCandidatesPerBand = 64;

std::uint64_t band_number(const std::string& hex) {
  return std::stoull(hex, nullptr, 16);
}

bool close_in_time(const std::optional<Timestamp>& a, const std::optional<Timestamp>& b,
                   int max_days) {
  if (!a || !b) return true;
  const auto apart = *a > *b ? *a - *b : *b - *a;
  return apart <= std::chrono::days(max_days);
}

// The article id of a stored document: its id term without the prefix.
std::string stored_id(const Xapian::Document& doc) {
  const std::string prefix(schema::prefix(Field::kId));
  auto t = doc.termlist_begin();
  t.skip_to(prefix);
  if (t == doc.termlist_end() || !(*t).starts_with(prefix)) return {};
  return (*t).substr(prefix.size());
}

}  // namespace

bool near_duplicates(const MinHashSignature& a, const MinHashSignature& b,
                     const DuplicateOptions& o) {
  const double j = estimated_jaccard(a, b);
  if (std::min(a.shingles, b.shingles) < o.short_text_shingles) return j >= o.min_jaccard_short;
  if (j >= o.min_jaccard) return true;
  return j >= o.min_jaccard_contained && estimated_containment(a, b) >= o.min_containment;
}

DuplicateDetector::DuplicateDetector(DuplicateOptions options) : options_(std::move(options)) {
  std::error_code ec;
  if (!options_.db_path.empty() && std::filesystem::exists(options_.db_path, ec))
    load_recent(options_.db_path);
}

void DuplicateDetector::load_recent(const std::string& db_path) {
  try {
    const Xapian::Database db(db_path);
    const unsigned slot = schema::slot(Field::kDuplicateSignature);
    const Xapian::docid last = db.get_lastdocid();
    const Xapian::docid first = last > options_.memory_articles
                                    ? last - static_cast<Xapian::docid>(options_.memory_articles)
                                    : 1;
    auto v = db.valuestream_begin(slot);
    if (v == db.valuestream_end(slot)) return;
    // Document ids follow indexing order, so these are the most recently indexed articles.
    for (v.skip_to(first); v != db.valuestream_end(slot); ++v) {
      const auto sig = decode(*v);
      if (!sig) continue;
      const Xapian::Document doc = db.get_document(v.get_docid());
      Remembered r{stored_id(doc), doc.get_value(schema::slot(Field::kCluster)), *sig,
                   stored::decode_time(doc.get_value(schema::slot(Field::kDate)))};
      if (r.cluster.empty()) r.cluster = r.id;
      const auto bands = band_keys(r.sig);
      remember(std::move(r), bands);
    }
  } catch (const Xapian::Error&) {
    // Not a database yet (the writer reports real problems): no earlier articles to match.
  }
}

std::string DuplicateDetector::signature() const {
  char buf[96];
  std::snprintf(buf, sizeof buf, "dup1-minhash%zux%zu-w%zu-j%.2f-c%.2f/%.2f-s%u/%.2f-d%d", kBands,
                kRowsPerBand, kShingleWords, options_.min_jaccard, options_.min_containment,
                options_.min_jaccard_contained, options_.short_text_shingles,
                options_.min_jaccard_short, options_.max_days_apart);
  return buf;
}

void DuplicateDetector::assign(Article& a) {
  sign(a);
  match(a);
}

void DuplicateDetector::sign(Article& a) const {
  a.cluster = a.id;
  a.duplicate_signature.clear();
  auto sig = minhash(a.body);
  // A short notice's body is mostly template ("Qtly div 10 cts vs 10 cts prior Pay April 15");
  // what tells two apart is often only in the headline (the company), so it is signed too.
  if (!sig || sig->shingles < options_.short_text_shingles) sig = minhash(a.title + "\n" + a.body);
  if (sig) a.duplicate_signature = encode(*sig);  // else too short to judge: its own cluster
}

void DuplicateDetector::match(Article& a) {
  if (a.duplicate_signature.empty()) return;
  const auto sig = decode(a.duplicate_signature);
  if (!sig) return;
  const auto bands = band_keys(*sig);
  Remembered self{a.id, a.id, *sig, a.published};
  const std::lock_guard lock(mutex_);
  Match best;
  find(self, bands, best);
  if (!best.cluster.empty()) a.cluster = self.cluster = best.cluster;
  remember(std::move(self), bands);
}

void DuplicateDetector::consider(const Remembered& self, const Remembered& other,
                                 Match& best) const {
  if (!close_in_time(self.published, other.published, options_.max_days_apart) ||
      !near_duplicates(self.sig, other.sig, options_))
    return;
  // Ties go to the candidate seen first (find() goes oldest first).
  if (const double s = estimated_jaccard(self.sig, other.sig); s > best.similarity) {
    best.similarity = s;
    best.cluster = other.cluster;
  }
}

void DuplicateDetector::find(const Remembered& self, const std::array<std::string, kBands>& bands,
                             Match& best) const {
  std::vector<std::uint64_t> seen;
  for (const auto& band : bands) {
    const auto [from, to] = by_band_.equal_range(band_number(band));
    std::size_t taken = 0;
    for (auto it = from; it != to && taken < kMaxCandidatesPerBand; ++it, ++taken)
      seen.push_back(it->second);
  }
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  for (const auto seq : seen) {
    const auto& other = recent_[seq - first_sequence_];
    // An article being re-indexed meets its own old copy: that is not a duplicate.
    if (other.id != self.id) consider(self, other, best);
  }
}

void DuplicateDetector::remember(Remembered r, const std::array<std::string, kBands>& bands) {
  const std::uint64_t seq = first_sequence_ + recent_.size();
  recent_.push_back(std::move(r));
  for (const auto& band : bands) by_band_.emplace(band_number(band), seq);
  while (recent_.size() > options_.memory_articles) {
    for (const auto& band : band_keys(recent_.front().sig)) {
      const auto [from, to] = by_band_.equal_range(band_number(band));
      for (auto it = from; it != to; ++it)
        if (it->second == first_sequence_) {
          by_band_.erase(it);
          break;
        }
    }
    recent_.pop_front();
    ++first_sequence_;
  }
}

}  // namespace newsarchive::indexer::dedup
