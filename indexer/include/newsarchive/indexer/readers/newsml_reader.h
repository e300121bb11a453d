#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// IPTC NewsML-G2 XML: a newsItem, or a newsMessage holding several. Per item: guid as id,
// contentMeta headline, by (or creator name) as author, firstCreated (else contentCreated,
// versionCreated) as date, provider or infoSource as source, subject names (or qcodes) as
// "subjects" labels, and the inlineXML (XHTML) or inlineData content as body.
class NewsMlReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "newsml"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

}  // namespace newsarchive::indexer
