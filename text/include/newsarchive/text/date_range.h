// The date ranges users type: "2023", "2023-10", "2023-10-07", "2023-10-01..2023-11-30",
// "..2007-06-30", "2008-09-15..". Shared by the query language and the --since/--until flags.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive {

// A half-open range of days [first, end); a missing bound is open.
struct DayRange {
  std::optional<std::chrono::sys_days> first;
  std::optional<std::chrono::sys_days> end;
};

// A partial date names a period: "2023" the year, "2023-10" the month, "2023-10-07" the day.
// Returns the period's first day and the day after it, or an error message saying what is wrong.
struct PeriodOrError {
  std::optional<DayRange> period;
  std::string error;
};
PeriodOrError parse_period(std::string_view text);

// "A..B" covers from the start of period A to the end of period B; "A" alone is its period.
struct RangeOrError {
  std::optional<DayRange> range;
  std::string error;
};
RangeOrError parse_date_range(std::string_view text);

}  // namespace newsarchive
