#pragma once

#include <memory>

#include "newsarchive/indexer/dedup/duplicate_detector.h"
#include "newsarchive/indexer/enricher.h"

namespace newsarchive::indexer {

// Gives each article its near-duplicate cluster key (indexer/src/dedup), so that a search shows
// one copy of a wire story with "+N similar". The workers sign articles in parallel; the shared
// detector then matches them in input order, so the first copy read gives the cluster its key.
class DuplicateEnricher final : public Enricher {
 public:
  explicit DuplicateEnricher(dedup::DuplicateOptions options);
  std::string signature() const override { return detector_->signature(); }
  void enrich(Article& a) const override { detector_->sign(a); }
  bool in_input_order() const override { return true; }
  void enrich_in_input_order(Article& a) const override { detector_->match(a); }

 private:
  std::unique_ptr<dedup::DuplicateDetector> detector_;
};

}  // namespace newsarchive::indexer
