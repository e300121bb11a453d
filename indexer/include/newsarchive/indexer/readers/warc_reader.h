#pragma once

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// WARC 1.0/1.1 web archives (.warc, or .warc.gz with one gzip member per record, which the
// bundle layer decompresses). Every "response" record whose HTTP payload is HTML goes through
// the HTML reader, with WARC-Target-URI as URL and id and WARC-Date as the date when the page
// gives none. Other records (requests, metadata, images) are passed over silently. A record
// whose Content-Length does not match its data is reported as "file:record N: reason" and the
// reader resynchronises on the next "WARC/1." header.
class WarcReader final : public ArticleReader {
 public:
  std::string_view name() const override { return "warc"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;
};

}  // namespace newsarchive::indexer
