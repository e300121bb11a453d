// An enricher adds what can be derived from an article's text (entities, mentioned dates, a
// duplicate-cluster key). Enrichers run after reading and before the document is built; they
// must be safe to call from several threads at once.
#pragma once

#include <string>
#include <string_view>

#include "newsarchive/common/article.h"

namespace newsarchive::indexer {

class Enricher {
 public:
  virtual ~Enricher() = default;
  // Name and version, folded into each article's fingerprint so that a better model
  // re-indexes articles whose text did not change.
  virtual std::string signature() const = 0;
  virtual void enrich(Article& a) const = 0;
};

}  // namespace newsarchive::indexer
