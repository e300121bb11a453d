#include <algorithm>

#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/readers/jsonl_reader.h"
#include "newsarchive/indexer/readers/plain_text_reader.h"

namespace newsarchive::indexer {

const std::vector<std::unique_ptr<ArticleReader>>& all_readers() {
  static const auto readers = [] {
    std::vector<std::unique_ptr<ArticleReader>> r;
    r.push_back(std::make_unique<PlainTextReader>());
    r.push_back(std::make_unique<JsonLinesReader>());
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
