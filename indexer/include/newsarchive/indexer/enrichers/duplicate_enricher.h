#pragma once

#include <memory>

#include "newsarchive/indexer/dedup/duplicate_detector.h"
#include "newsarchive/indexer/enricher.h"

namespace newsarchive::indexer {

// Gives each article its near-duplicate cluster key (indexer/src/dedup), so that a search shows
// one copy of a wire story with "+N similar". Every worker shares the one detector.
class DuplicateEnricher final : public Enricher {
 public:
  explicit DuplicateEnricher(dedup::DuplicateOptions options);
  std::string signature() const override { return detector_->signature(); }
  void enrich(Article& a) const override { detector_->assign(a); }

 private:
  std::unique_ptr<dedup::DuplicateDetector> detector_;
};

}  // namespace newsarchive::indexer
