#include "date_periods.h"

#include <array>
#include <cstdio>

namespace newsarchive::searcher {

using namespace std::chrono;

namespace {

constexpr std::array<std::pair<std::string_view, Period>, 4> kNames{{{"day", Period::kDay},
                                                                     {"week", Period::kWeek},
                                                                     {"month", Period::kMonth},
                                                                     {"year", Period::kYear}}};

std::string formatted(const char* pattern, int a, unsigned b = 0, unsigned c = 0) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), pattern, a, b, c);
  return buffer.data();
}

}  // namespace

std::optional<Period> period_named(std::string_view name) {
  for (const auto& [n, p] : kNames)
    if (n == name) return p;
  return std::nullopt;
}

std::string_view period_name(Period p) {
  for (const auto& [n, q] : kNames)
    if (q == p) return n;
  return {};
}

sys_days period_start(sys_days d, Period p) {
  const year_month_day ymd{d};
  switch (p) {
    case Period::kDay:
      return d;
    case Period::kWeek:
      return d - (weekday{d} - Monday);
    case Period::kMonth:
      return sys_days{ymd.year() / ymd.month() / 1};
    case Period::kYear:
      return sys_days{ymd.year() / January / 1};
  }
  return d;
}

sys_days next_period(sys_days start, Period p) {
  const year_month_day ymd{start};
  switch (p) {
    case Period::kDay:
      return start + days{1};
    case Period::kWeek:
      return start + days{7};
    case Period::kMonth:
      return sys_days{(ymd.year() / ymd.month() + months{1}) / 1};
    case Period::kYear:
      return sys_days{(ymd.year() + years{1}) / January / 1};
  }
  return start;
}

std::string period_label(sys_days start, Period p) {
  const year_month_day ymd{start};
  const int y = int(ymd.year());
  switch (p) {
    case Period::kDay:
      return formatted("%04d-%02u-%02u", y, unsigned(ymd.month()), unsigned(ymd.day()));
    case Period::kWeek: {
      // ISO 8601: a week belongs to the year of its Thursday, and week 1 holds January 4th.
      const year thursday_year = year_month_day{start + days{3}}.year();
      const sys_days week_one = period_start(sys_days{thursday_year / January / 4}, Period::kWeek);
      const auto week = unsigned((start - week_one).count() / 7 + 1);
      return formatted("%04d-W%02u", int(thursday_year), week);
    }
    case Period::kMonth:
      return formatted("%04d-%02u", y, unsigned(ymd.month()));
    case Period::kYear:
      return formatted("%04d", y);
  }
  return {};
}

}  // namespace newsarchive::searcher
