#include "newsarchive/indexer/enrichers/duplicate_enricher.h"

namespace newsarchive::indexer {

DuplicateEnricher::DuplicateEnricher(dedup::DuplicateOptions options)
    : detector_(std::make_unique<dedup::DuplicateDetector>(std::move(options))) {}

}  // namespace newsarchive::indexer
