#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// The Reuters-21578 SGML files (reut2-NNN.sgm, usually gzipped): many <REUTERS NEWID="...">
// records per file, in Latin-1 with &#N; references. Reads them as
// ../shared/tools/reuters21578_to_jsonl.py does, so that indexing the SGML or the JSON Lines gives
// the same ids ("reuters21578-NEWID"), titles, dates and labels (topics, places, people, orgs,
// exchanges). A record is named "file:record N" in messages.
class Reuters21578Reader final : public ArticleReader {
 public:
  std::string_view name() const override { return "reuters21578"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

// Parses one <REUTERS ...>...</REUTERS> record as it appears in the file (Latin-1). Returns
// false with `error` set when it cannot be an article; a true return may still set `error` to a
// warning (an unreadable date).
bool parse_reuters21578_record(std::string_view record, Article& out, std::string& error);

}  // namespace newsarchive::indexer
