#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// One article page per input. The text is the article without the page around it: the element
// marked itemprop="articleBody", else the <article> with the most text, else <main>, else the
// element whose <p> children hold the most text; nav, header, footer, aside, script, style and
// form are dropped first. Metadata comes from schema.org NewsArticle JSON-LD (headline,
// datePublished, author, publisher, url), then OpenGraph and <meta> tags (og:title,
// article:published_time, author, og:site_name), then <title>. A page without article text is
// skipped with a reason.
class HtmlReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "html"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

// Parses one HTML page. `encoding` is the charset a transport declared (HTTP Content-Type), or
// empty to let the page's own <meta charset> decide. Returns false with `error` set when the
// page holds no article text; a true return may set `error` to a warning.
bool parse_html_article(std::string_view html, const std::string& encoding, Article& out,
                        std::string& error);

}  // namespace newsarchive::indexer
