#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// The Reuters/Bloomberg financial news files (one article per file, usually inside a yearly
// .tar.gz): four "-- " header lines (title, byline, "Fri Oct 20, 2006 4:25pm EDT", URL), then the
// body. Parsed by the plain-text reader's header rules, and made to agree with
// ../shared/tools/financial_news_to_jsonl.py: the file name is the id, "By A and B" gives two
// authors, the source is "Reuters" for reuters.com URLs, and a file whose body is empty is
// skipped with a reason instead of being indexed as a title alone.
class FinancialNewsReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "financial-news"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

}  // namespace newsarchive::indexer
