// The annotated expression table (tests/temporal/expressions.tsv) and how one row is scored.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "newsarchive/common/article.h"
#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::temporal::eval {

// One row: form <TAB> published <TAB> sentence <TAB> expected text <TAB> expected value.
// `published` is "none", "2023-11-15" or "2023-11-15T10:30:00Z"; the expected value is a TIMEX3
// value as to_timex_value writes it, or NONE when the text must not be taken for a date.
struct ExpressionCase {
  std::size_t line = 0;
  std::string form;
  std::optional<Timestamp> published;
  std::string sentence;
  std::string expected_text;
  std::string expected_value;
  bool expects_none() const { return expected_value == "NONE"; }
};

// Reads the table; '#' lines and blank lines are skipped. Throws std::runtime_error naming the
// line of a malformed row (wrong column count, bad date, expected text not in the sentence).
std::vector<ExpressionCase> read_expression_table(std::istream& in);

struct CaseResult {
  bool value_correct = false;  // an expression overlapping the expected text has the expected
                               // value (for NONE: nothing overlaps it)
  bool span_exact = false;     // ... and covers exactly the expected text
  std::vector<TemporalExpression> found;
  std::vector<TemporalExpression> extra;  // found but not overlapping the expected text
};

// `language`: the ISO 639-1 code the sentences are written in ("en" for English).
CaseResult score_case(const ExpressionCase& c, std::string_view language = "en");

}  // namespace newsarchive::temporal::eval
