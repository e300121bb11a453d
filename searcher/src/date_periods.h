// Calendar periods of a date histogram: day, ISO week, month, year.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::searcher {

enum class Period { kDay, kWeek, kMonth, kYear };

// "day", "week", "month", "year"; nothing for another name.
std::optional<Period> period_named(std::string_view name);
std::string_view period_name(Period p);

// The first day of the period holding `d` (a week starts on Monday).
std::chrono::sys_days period_start(std::chrono::sys_days d, Period p);
// The first day of the next period, from a period's first day.
std::chrono::sys_days next_period(std::chrono::sys_days start, Period p);
// "2023-10-07", "2023-W40" (the ISO week-numbering year and week), "2023-10", "2023".
std::string period_label(std::chrono::sys_days start, Period p);

}  // namespace newsarchive::searcher
