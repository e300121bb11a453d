#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsarchive/indexer/readers/article_reader.h"

namespace newsarchive::indexer {

// Which column holds which article field, for CSV files whose headers are not the names the
// JSON Lines reader already knows (title/headline, body/text, date/published, ...).
struct CsvColumns {
  std::vector<std::pair<std::string, std::string>> field_to_column;  // ("title", "headline")
};

// Reads "title=headline,body=text": field=column pairs separated by commas. Fields are the JSON
// Lines reader's names (id, title, body, date, url, author, source, language, topics, ...).
// Returns nothing with `error` set for a malformed spec.
std::optional<CsvColumns> parse_csv_columns(std::string_view spec, std::string& error);

// CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) or tab-separated
// values, with a header row. Columns are matched to article fields by the names the JSON Lines
// reader accepts, after the optional mapping. A malformed row (an unclosed quote, a wrong
// number of fields) is reported as "file:line: reason" and the rest goes on.
// `--csv-columns title=headline,body=text` (or `--format csv:title=headline,...`) gives the
// indexing run a reader of its own with that mapping.
class CsvReader final : public ArticleReader {
 public:
  explicit CsvReader(CsvColumns columns = {}) : columns_(std::move(columns)) {}
  std::string_view name() const override { return "csv"; }
  int confidence(std::string_view origin, std::string_view head) const override;
  void read(std::istream& in, const std::string& origin, ArticleSink& sink) const override;

 private:
  CsvColumns columns_;
};

}  // namespace newsarchive::indexer
