#pragma once

#include "newsarchive/indexer/enricher.h"

namespace newsarchive::indexer {

// Identifies the language of an article whose source does not state one, from its title and
// body; a stated language always wins. A text too short or too mixed to tell becomes "und".
class LanguageEnricher final : public Enricher {
 public:
  std::string signature() const override { return "lang-cld2-1"; }
  void enrich(Article& a) const override;
};

}  // namespace newsarchive::indexer
