#include "newsarchive/indexer/enrichers/language_enricher.h"

#include "newsarchive/indexer/language_identification.h"

namespace newsarchive::indexer {

void LanguageEnricher::enrich(Article& a) const {
  if (!a.language.empty()) return;
  a.language = identify_language(a.title + "\n" + a.body);
}

}  // namespace newsarchive::indexer
