#include "newsarchive/indexer/enrichers/mentioned_dates_enricher.h"

#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::indexer {

void MentionedDatesEnricher::enrich(Article& a) const {
  // Read in the article's language, stated or identified (the LanguageEnricher runs first).
  a.mentions = temporal::mentioned_dates(a.title, a.body, a.published, a.language);
}

}  // namespace newsarchive::indexer
