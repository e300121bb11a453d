// RFC 4180 records from a stream, one at a time (so memory holds one row, however long the file).
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace newsarchive::indexer::csv {

class Records {
 public:
  Records(std::istream& in, char delimiter) : in_(in), delimiter_(delimiter) {}
  enum class Result { kRow, kBadRow, kEnd };
  // kRow: `fields` holds the row. kBadRow: `error` says what is wrong (the row is consumed).
  // line() is the line the last row started on.
  Result next(std::vector<std::string>& fields, std::string& error);
  std::size_t line() const { return row_line_; }
  void set_delimiter(char d) { delimiter_ = d; }

 private:
  std::istream& in_;
  char delimiter_;
  std::size_t line_ = 1, row_line_ = 1;
};

// ',' unless the header line has more tabs than commas.
char guess_delimiter(std::string_view first_line);

}  // namespace newsarchive::indexer::csv
