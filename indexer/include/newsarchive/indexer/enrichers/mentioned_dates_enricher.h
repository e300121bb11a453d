#pragma once

#include "newsarchive/indexer/enricher.h"

namespace newsarchive::indexer {

// Finds the dates an article's title and body talk about and resolves them against its
// publication date (temporal). Undated articles keep only self-contained dates.
class MentionedDatesEnricher final : public Enricher {
 public:
  std::string signature() const override { return "dates1"; }
  void enrich(Article& a) const override;
};

}  // namespace newsarchive::indexer
