#include "newsarchive/text/date_range.h"

#include <charconv>

namespace newsarchive {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

PeriodOrError parse_period(std::string_view s) {
  using namespace std::chrono;
  const std::string shown(s);
  const std::string expect = "expected YYYY, YYYY-MM or YYYY-MM-DD";
  if (s.size() < 4 || !all_digits(s.substr(0, 4)))
    return {std::nullopt, "'" + shown + "' is not a date: " + expect};
  const year y{to_int(s.substr(0, 4))};
  if (s.size() == 4) return {DayRange{sys_days{y / 1 / 1}, sys_days{(y + years{1}) / 1 / 1}}, {}};
  if (s[4] != '-' || s.size() < 7 || !all_digits(s.substr(5, 2)))
    return {std::nullopt, "'" + shown + "' is not a date: " + expect};
  const unsigned m = static_cast<unsigned>(to_int(s.substr(5, 2)));
  if (m < 1 || m > 12) return {std::nullopt, "'" + shown + "': month must be 01 to 12"};
  const auto ym = y / month{m};
  if (s.size() == 7) return {DayRange{sys_days{ym / 1}, sys_days{(ym + months{1}) / 1}}, {}};
  if (s[7] != '-' || s.size() != 10 || !all_digits(s.substr(8, 2)))
    return {std::nullopt, "'" + shown + "' is not a date: " + expect};
  const year_month_day ymd{ym / day{static_cast<unsigned>(to_int(s.substr(8, 2)))}};
  if (!ymd.ok()) return {std::nullopt, "'" + shown + "' is not a day of the calendar"};
  const sys_days d{ymd};
  return {DayRange{d, d + days{1}}, {}};
}

RangeOrError parse_date_range(std::string_view s) {
  const auto dots = s.find("..");
  if (dots == std::string_view::npos) {
    auto p = parse_period(s);
    return {p.period, p.error};
  }
  const auto lo = s.substr(0, dots), hi = s.substr(dots + 2);
  if (lo.empty() && hi.empty())
    return {std::nullopt, "'..' needs a date on at least one side (e.g. 2023-10-01..2023-11-30)"};
  DayRange r;
  if (!lo.empty()) {
    auto p = parse_period(lo);
    if (!p.period) return {std::nullopt, p.error};
    r.first = p.period->first;
  }
  if (!hi.empty()) {
    auto p = parse_period(hi);
    if (!p.period) return {std::nullopt, p.error};
    r.end = p.period->end;
  }
  if (r.first && r.end && *r.first >= *r.end)
    return {std::nullopt, "'" + std::string(s) + "': the range ends before it starts"};
  return {r, {}};
}

}  // namespace newsarchive
