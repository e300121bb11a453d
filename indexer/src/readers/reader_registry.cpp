#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/readers/csv_reader.h"
#include "newsarchive/indexer/readers/feed_reader.h"
#include "newsarchive/indexer/readers/financial_news_reader.h"
#include "newsarchive/indexer/readers/html_reader.h"
#include "newsarchive/indexer/readers/jsonl_reader.h"
#include "newsarchive/indexer/readers/newsml_reader.h"
#include "newsarchive/indexer/readers/nitf_reader.h"
#include "newsarchive/indexer/readers/plain_text_reader.h"
#include "newsarchive/indexer/readers/reuters21578_reader.h"
#include "newsarchive/indexer/readers/trec_reader.h"
#include "newsarchive/indexer/readers/warc_reader.h"

namespace newsarchive::indexer {

const std::vector<std::unique_ptr<ArticleReader>>& all_readers() {
  static const auto readers = [] {
    std::vector<std::unique_ptr<ArticleReader>> r;
    r.push_back(std::make_unique<PlainTextReader>());
    r.push_back(std::make_unique<JsonLinesReader>());
    r.push_back(std::make_unique<FinancialNewsReader>());
    r.push_back(std::make_unique<Reuters21578Reader>());
    r.push_back(std::make_unique<TrecReader>());
    r.push_back(std::make_unique<NitfReader>());
    r.push_back(std::make_unique<NewsMlReader>());
    r.push_back(std::make_unique<FeedReader>());
    r.push_back(std::make_unique<HtmlReader>());
    r.push_back(std::make_unique<WarcReader>());
    r.push_back(std::make_unique<CsvReader>());
    return r;
  }();
  return readers;
}

const ArticleReader* find_reader(std::string_view name) {
  for (const auto& r : all_readers())
    if (r->name() == name) return r.get();
  return nullptr;
}

const ArticleReader& detect_reader(std::string_view origin, std::string_view head) {
  const ArticleReader* best = find_reader("text");
  int best_score = 0;
  for (const auto& r : all_readers()) {
    const int score = r->confidence(origin, head);
    if (score > best_score) {
      best = r.get();
      best_score = score;
    }
  }
  return *best;
}

}  // namespace newsarchive::indexer
