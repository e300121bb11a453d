#include "csv_records.h"

#include <algorithm>

#include "newsarchive/indexer/limits.h"

namespace newsarchive::indexer::csv {

char guess_delimiter(std::string_view first_line) {
  first_line = first_line.substr(0, first_line.find('\n'));
  const auto tabs = std::count(first_line.begin(), first_line.end(), '\t');
  const auto commas = std::count(first_line.begin(), first_line.end(), ',');
  return tabs > commas ? '\t' : ',';
}

Records::Result Records::next(std::vector<std::string>& fields, std::string& error) {
  fields.clear();
  std::streambuf* buf = in_.rdbuf();
  using traits = std::char_traits<char>;
  if (traits::eq_int_type(buf->sgetc(), traits::eof())) return Result::kEnd;
  row_line_ = line_;
  std::string field;
  bool quoted = false, after_quote = false, bad = false;
  for (;;) {
    const auto ci = buf->sbumpc();
    if (traits::eq_int_type(ci, traits::eof())) {
      if (quoted) {
        error = "unclosed quote (the row runs to the end of the file)";
        return Result::kBadRow;
      }
      fields.push_back(std::move(field));
      break;
    }
    const char c = traits::to_char_type(ci);
    if (c == '\n') ++line_;
    if (quoted) {
      if (c == '"') {
        if (traits::eq_int_type(buf->sgetc(), traits::to_int_type('"'))) {
          buf->sbumpc();
          field += '"';
        } else {
          quoted = false;
          after_quote = true;
        }
      } else {
        field += c;
        if (field.size() > limits::kMaxRecordBytes) {
          error = "field too long (an unclosed quote?)";
          // Drop the rest of the stream: where the row ends cannot be known.
          while (!traits::eq_int_type(buf->sbumpc(), traits::eof())) {
          }
          return Result::kBadRow;
        }
      }
    } else if (c == delimiter_) {
      fields.push_back(std::move(field));
      field.clear();
      after_quote = false;
    } else if (c == '\n') {
      if (!field.empty() && field.back() == '\r') field.pop_back();
      fields.push_back(std::move(field));
      break;
    } else if (c == '"' && field.empty() && !after_quote) {
      quoted = true;
    } else if (after_quote && c != '\r') {
      bad = true;  // text after a closing quote: "a"b
    } else {
      field += c;
    }
  }
  if (bad) {
    error = "text after a closing quote";
    return Result::kBadRow;
  }
  return Result::kRow;
}

}  // namespace newsarchive::indexer::csv
