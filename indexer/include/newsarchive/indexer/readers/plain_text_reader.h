#pragma once

#include <optional>

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// One article per input. An optional header block of "Key: value" lines (Title, Date, Source,
// Author, URL, Language, Id) ended by a blank line; then the body. Without a header the title
// is the body's first sentence, shortened, and the article is undated.
class PlainTextReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "text"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

// Whether `text` begins with the four "--" lines (title, byline, date, URL) of a Reuters
// financial news file, which parse_plain_text_article reads as its header.
bool starts_with_dash_header(std::string_view text);

// Parses a whole plain-text article (exposed for tests and for readers of bundles).
// Returns false with `error` set when the text cannot be an article (e.g. it is empty).
bool parse_plain_text_article(std::string_view text, Article& out, std::string& error);

// Reads all of `in` as one plain-text article; reports a read error or an empty text to `sink`
// as skipped and returns nothing. `header_problem` receives a kept article's header warning.
std::optional<Article> read_plain_text_article(std::istream& in, const std::string& origin,
                                               ArticleSink& sink, std::string& header_problem);

}  // namespace newsarchive::indexer
