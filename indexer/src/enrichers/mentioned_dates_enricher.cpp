#include "newsarchive/indexer/enrichers/mentioned_dates_enricher.h"

#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::indexer {

void MentionedDatesEnricher::enrich(Article& a) const {
  a.mentions = temporal::mentioned_dates(a.title, a.body, a.published);
}

}  // namespace newsarchive::indexer
