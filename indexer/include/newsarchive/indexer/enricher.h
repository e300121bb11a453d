// An enricher adds what can be derived from an article's text (entities, mentioned dates, a
// duplicate-cluster key). Enrichers run after reading and before the document is built; they
// must be safe to call from several threads at once.
//
// An enricher whose result depends on the articles indexed before (near-duplicate clusters)
// says so with in_input_order(): its enrich() still runs on the workers, first of all
// enrichers, and then its enrich_in_input_order() runs for one article at a time, in the order
// the articles were read, so that any number of workers gives the result of one.
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
  virtual bool in_input_order() const { return false; }
  virtual void enrich_in_input_order(Article&) const {}
};

}  // namespace newsarchive::indexer
