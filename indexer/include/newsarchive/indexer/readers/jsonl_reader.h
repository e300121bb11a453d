#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// One JSON object per line. Accepts the field names news datasets use: title/headline,
// body/text/content, date/published/datePublished, url/link, author/authors/byline,
// source/publisher, id; Reuters-21578's label lists (topics, places, people, orgs, exchanges)
// are kept as labels. A bad line is reported as "file:line: reason" and the rest goes on.
class JsonLinesReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "jsonl"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

// Parses one JSON object into an article. Returns false with `error` set when the line is not
// a JSON object or holds no text at all.
bool parse_json_article(std::string_view line, Article& out, std::string& error);

}  // namespace newsarchive::indexer
