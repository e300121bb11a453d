#include "expression_table.h"

#include <sstream>
#include <stdexcept>
#include <string_view>

#include <date/date.h>

namespace newsarchive::temporal::eval {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    cols.push_back(line.substr(start, tab - start));
  }
  cols.push_back(line.substr(start));
  return cols;
}

std::optional<Timestamp> parse_published(const std::string& s, std::size_t line) {
  if (s == "none") return std::nullopt;
  for (const char* format : {"%FT%TZ", "%FT%H:%MZ", "%F"}) {
    std::istringstream in(s);
    date::sys_seconds t;
    in >> date::parse(format, t);
    if (in && in.peek() == std::char_traits<char>::eof()) return Timestamp{t.time_since_epoch()};
  }
  throw std::runtime_error("line " + std::to_string(line) + ": bad publication date '" + s + "'");
}

bool overlaps(const TemporalExpression& e, std::size_t begin, std::size_t end) {
  return e.begin < end && begin < e.end;
}

}  // namespace

std::vector<ExpressionCase> read_expression_table(std::istream& in) {
  std::vector<ExpressionCase> cases;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split_tabs(line);
    if (cols.size() != 5) {
      throw std::runtime_error("line " + std::to_string(n) +
                               ": expected 5 tab-separated columns, got " +
                               std::to_string(cols.size()));
    }
    ExpressionCase c{n, cols[0], parse_published(cols[1], n), cols[2], cols[3], cols[4]};
    if (c.sentence.find(c.expected_text) == std::string::npos) {
      throw std::runtime_error("line " + std::to_string(n) + ": '" + c.expected_text +
                               "' is not in the sentence");
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

CaseResult score_case(const ExpressionCase& c, std::string_view language) {
  CaseResult r;
  r.found = find_temporal_expressions(c.sentence, c.published, language);
  const std::size_t begin = c.sentence.find(c.expected_text);
  const std::size_t end = begin + c.expected_text.size();
  bool any_overlap = false;
  for (const TemporalExpression& e : r.found) {
    if (!overlaps(e, begin, end)) {
      r.extra.push_back(e);
      continue;
    }
    any_overlap = true;
    if (!c.expects_none() && to_timex_value(e.date) == c.expected_value) {
      r.value_correct = true;
      r.span_exact = r.span_exact || (e.begin == begin && e.end == end);
    }
  }
  if (c.expects_none()) r.value_correct = r.span_exact = !any_overlap;
  return r;
}

}  // namespace newsarchive::temporal::eval
