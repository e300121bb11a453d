// Finds date expressions in a token stream. Each pattern is a small hand-written function that
// looks at a few tokens around a trigger word or number; nothing here knows about publication
// dates (see resolver.h) or tense (see tense.h).
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "date_spec.h"
#include "tokenizer.h"

namespace newsarchive::temporal::detail {

struct Match {
  std::size_t first = 0;  // first token
  std::size_t last = 0;   // one past the last token
  DateSpec spec;
};

class Matcher {
 public:
  explicit Matcher(const std::vector<Token>& tokens) : t_(tokens) {}

  // Whether token i can start any pattern; everything else is skipped without further work.
  bool is_trigger(std::size_t i) const;
  // The longest-priority expression that starts at token i, if any.
  std::optional<Match> match_at(std::size_t i) const;

 private:
  // --- token tests (matcher.cpp)
  const Token* tok(std::size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  const Token* prev(std::size_t i) const { return i > 0 && i <= t_.size() ? &t_[i - 1] : nullptr; }
  bool is_punct(std::size_t i, char c) const;
  bool is_keyword(std::size_t i, Keyword k) const;
  // A month name, written capitalised; an abbreviation's full stop is consumed.
  // Returns the month and the index after it.
  std::optional<std::pair<unsigned, std::size_t>> month_name(std::size_t i) const;
  std::optional<unsigned> day_number(std::size_t i) const;
  std::optional<int> year_number(std::size_t i) const;
  // How strongly what comes before a four-digit number makes it a year.
  enum class YearContext {
    kBare,       // nothing: "2006" must also look like a year from what follows
    kAfterWord,  // after "in", "since", "early": looser range
    kInDate,     // after a month or a day ("Oct. 20, 2006"): what follows does not matter
  };
  // The year number at i is really used as a year (not "$2006", "2006 people", "No. 2006").
  // Returns the index after it (after "-07" in "2006-07"), or nothing.
  std::optional<std::size_t> year_in_context(std::size_t i, YearContext context) const;

  // --- dates written on the calendar (calendar_patterns.cpp)
  std::optional<Match> iso_date(std::size_t i) const;  // 2023-11-15
  // "Oct. 7", "November 15, 2023", "November 2023", and "November" where context allows.
  std::optional<Match> month_first(std::size_t i, bool month_alone_ok) const;
  std::optional<Match> day_first(std::size_t i) const;     // "15 November 2023", "3rd of March"
  std::optional<Match> weekday_date(std::size_t i) const;  // "Friday, Oct. 20"
  std::optional<Match> week_ended(std::size_t i) const;    // "the week ended February 22"
  std::optional<Match> year(std::size_t i, YearContext context) const;  // "2006"
  std::optional<Match> decade(std::size_t i, bool modified) const;      // "the 1990s", "the '90s"

  // --- modifiers and relative expressions (relative_patterns.cpp)
  std::optional<Match> modified(std::size_t i) const;     // "early November", "mid-2024"
  std::optional<Match> deictic_day(std::size_t i) const;  // "yesterday", "last night"
  std::optional<Match> shifted(std::size_t i) const;      // "last month", "next Tuesday"
  std::optional<Match> ago(std::size_t i) const;          // "two days ago"
  std::optional<Match> weekday(std::size_t i) const;      // "Friday"
  // The thing an "early"/"mid"/"end of" modifies.
  std::optional<Match> modifiable(std::size_t i) const;

  const std::vector<Token>& t_;
};

}  // namespace newsarchive::temporal::detail
