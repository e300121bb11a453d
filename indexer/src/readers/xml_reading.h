// The loop the XML readers share: read the whole document, parse it safely, hand over the tree.
#pragma once

#include <libxml/tree.h>

#include <string>

#include "newsarchive/indexer/article_sink.h"
#include "xml_tree.h"

namespace newsarchive::indexer::xml {

// Calls `extract(root, origin, sink)` for a well-formed document; reports anything else as a
// skipped input. One XML document is read whole (a feed, a NITF story), which is why the
// bundle reader hands each archive member over separately.
template <typename Extract>
void read_xml_document(std::istream& in, const std::string& origin, ArticleSink& sink,
                       Extract extract) {
  std::string bytes, error;
  if (!slurp(in, bytes, error)) {
    sink.skipped(origin, error);
    return;
  }
  const Doc doc = parse_xml(bytes, error);
  if (!doc) {
    sink.skipped(origin, error);
    return;
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) {
    sink.skipped(origin, "empty XML document");
    return;
  }
  extract(root, origin, sink);
}

// Sets `a.published` from a date as XML news formats write it: anything
// parse_publication_date() reads, plus ISO 8601 basic format ("20231115T103000Z", "20231115"),
// which NITF uses. An unreadable date leaves the article undated and sets `warning`.
void set_date(Article& a, std::string_view written, std::string& warning);

// Reports `a` or the reason it is not an article; `where` names it.
void deliver(Article a, const std::string& where, const std::string& warning, ArticleSink& sink);

}  // namespace newsarchive::indexer::xml
