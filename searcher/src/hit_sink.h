// A search that hands each hit over as it is made instead of collecting a page of them: what
// lets export stream every match in constant memory per article, and lets the concordance read
// each match's text with the search's own match set (its terms decide what is marked).
#pragma once

#include <xapian.h>

#include <functional>

#include "newsarchive/searcher.h"
#include "snippets.h"

namespace newsarchive::searcher {

class HitSink {
 public:
  virtual ~HitSink() = default;
  // One hit, in result order. `hit` is made as for a page (snippet only when the request asks);
  // `doc` is its document, for what a Hit does not carry (entity lists, the whole body);
  // `snippets` marks the query's matches in a text as the hit's snippet was marked.
  virtual void take(const Xapian::MSet& mset, const SnippetMaker& snippets,
                    const Xapian::Document& doc, Hit&& hit) = 0;
  // Set once a hit has been taken: the search can no longer be run again from the start (the
  // caller has already written what it was given).
  bool started = false;
};

// Runs `request` on the archive with every hit of its page given to `sink` (SearchResult::hits
// is then left empty). Bound to a Searcher by Searcher::Impl.
using SinkSearch = std::function<SearchResult(const SearchRequest& request, HitSink& sink)>;

}  // namespace newsarchive::searcher
