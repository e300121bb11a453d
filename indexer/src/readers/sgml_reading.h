// The loop the SGML readers share: split the stream into records, parse each, report.
#pragma once

#include <string>

#include "markup_text.h"
#include "newsarchive/indexer/article_sink.h"

namespace newsarchive::indexer::markup {

// Reads every <NAME>...</NAME> record of `in` with `parse(record, article, error)`.
template <typename Parse>
void read_sgml_records(std::istream& in, const std::string& origin, const std::string& name,
                       ArticleSink& sink, Parse parse) {
  SgmlRecords records(in, name);
  std::string raw;
  for (;;) {
    const auto result = records.next(raw);
    if (result == SgmlRecords::Result::kEnd) break;
    const std::string where = origin + ":record " + std::to_string(records.number());
    if (result == SgmlRecords::Result::kTruncated) {
      sink.skipped(where, "truncated record (no </" + name + ">)");
      continue;
    }
    Article a;
    a.origin = where;
    std::string error;
    if (!parse(raw, a, error)) {
      sink.skipped(where, error);
      continue;
    }
    if (!error.empty()) sink.warning(where, error);
    sink.article(std::move(a));
  }
  if (in.bad()) sink.skipped(origin, "read error");
}

}  // namespace newsarchive::indexer::markup
