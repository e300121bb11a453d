#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// TREC SGML collections (AP, WSJ, FT, LA Times, ...): many <DOC> records per file, each with a
// <DOCNO> and one or more <TEXT> parts, and, depending on the collection, HEADLINE/HL/HEAD,
// DATE/DD, BYLINE, DATELINE and SOURCE. A record is named "file:record N" in messages.
class TrecReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "trec"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

bool parse_trec_record(std::string_view record, Article& out, std::string& error);

}  // namespace newsarchive::indexer
