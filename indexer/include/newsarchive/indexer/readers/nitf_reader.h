#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// NITF 2.x/3.x XML stories: hedline/hl1 (or head/title) as title, byline, docdata dates
// (date.issue, date.release, pubdata date.publication; ISO 8601 basic or extended), doc-id, the
// copyright holder or publication as source, tobject.subject and key-list keywords as labels
// ("subjects", "keywords"), body.content paragraphs as body. One article per document.
class NitfReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "nitf"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

}  // namespace newsarchive::indexer
