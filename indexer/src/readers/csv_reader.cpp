#include "newsarchive/indexer/readers/csv_reader.h"

#include <nlohmann/json.hpp>

#include "csv_records.h"
#include "newsarchive/indexer/readers/jsonl_reader.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

// Column names that name an article field, as the JSON Lines reader knows them.
constexpr std::string_view kKnownColumns[] = {
    "id",        "title",         "headline",  "body",     "text", "content", "date",
    "published", "datepublished", "pubdate",   "url",      "link", "author",  "authors",
    "byline",    "source",        "publisher", "language", "lang"};

bool known_column(std::string_view name) {
  const std::string lower = text::to_lower_ascii(text::trim(name));
  for (auto k : kKnownColumns)
    if (lower == k) return true;
  return false;
}

std::string normalised(std::string_view header) {
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);
  return text::to_lower_ascii(text::trim(header));
}

}  // namespace

std::optional<CsvColumns> parse_csv_columns(std::string_view spec, std::string& error) {
  CsvColumns out;
  while (!spec.empty()) {
    const auto comma = spec.find(',');
    const std::string_view pair = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    const auto eq = pair.find('=');
    const std::string field = normalised(pair.substr(0, eq));
    const std::string column =
        eq == std::string_view::npos ? std::string() : normalised(pair.substr(eq + 1));
    if (field.empty() || column.empty()) {
      error = "expected field=column pairs separated by commas, got '" + std::string(pair) + "'";
      return std::nullopt;
    }
    out.field_to_column.emplace_back(field, column);
  }
  return out;
}

int CsvReader::confidence(std::string_view origin, std::string_view head) const {
  const std::string_view first = head.substr(0, head.find('\n'));
  const char delimiter = csv::guess_delimiter(first);
  int known = 0, cells = 1;
  for (std::size_t start = 0;;) {
    const auto end = first.find(delimiter, start);
    if (known_column(first.substr(start, end - start))) ++known;
    if (end == std::string_view::npos) break;
    ++cells;
    start = end + 1;
  }
  const bool named = origin.ends_with(".csv") || origin.ends_with(".tsv");
  if (cells >= 2 && known >= 2) return named ? 85 : 65;
  return named ? 40 : 0;
}

void CsvReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  csv::Records records(in, ',');
  std::vector<std::string> header, row;
  std::string error;
  if (records.next(header, error) != csv::Records::Result::kRow) {
    sink.skipped(origin, error.empty() ? "empty CSV file" : "bad header row: " + error);
    return;
  }
  // A header that did not split on commas but holds tabs makes this a TSV file.
  if (header.size() == 1 && csv::guess_delimiter(header[0]) == '\t') {
    const std::string line = header[0];
    header.clear();
    for (std::size_t start = 0;;) {
      const auto end = line.find('\t', start);
      header.push_back(line.substr(start, end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
    records.set_delimiter('\t');
  }
  for (auto& h : header) h = normalised(h);
  for (const auto& [field, column] : columns_.field_to_column)
    for (auto& h : header)
      if (h == column) h = field;

  for (;;) {
    error.clear();
    const auto result = records.next(row, error);
    if (result == csv::Records::Result::kEnd) break;
    const std::string where = origin + ":" + std::to_string(records.line());
    if (result == csv::Records::Result::kBadRow) {
      sink.skipped(where, error);
      continue;
    }
    if (row.size() == 1 && text::trim(row[0]).empty()) continue;  // blank line
    if (row.size() != header.size()) {
      sink.skipped(where, "wrong number of fields (" + std::to_string(row.size()) +
                              ", the header has " + std::to_string(header.size()) + ")");
      continue;
    }
    // The row becomes the JSON object the JSON Lines reader would get, so both formats map
    // field names the same way.
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t i = 0; i < row.size(); ++i)
      if (!header[i].empty() && !text::trim(row[i]).empty()) object[header[i]] = row[i];
    Article a;
    a.origin = where;
    if (!parse_json_article(object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                            a, error)) {
      sink.skipped(where, error);
      continue;
    }
    if (!error.empty()) sink.warning(where, error);
    sink.article(std::move(a));
  }
}

}  // namespace newsarchive::indexer
