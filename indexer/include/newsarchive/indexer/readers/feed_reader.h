#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: every item/entry is an article. content:encoded is
// preferred over description (Atom: content over summary), HTML turned into text; pubDate,
// dc:date, published or updated as date; author, dc:creator or author/name as authors; link as
// URL; guid or id as id; categories as "categories" labels; the feed's title as source. An
// entry is named "file:item N" in messages.
class FeedReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "feed"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

}  // namespace newsarchive::indexer
