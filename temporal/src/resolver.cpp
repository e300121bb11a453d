#include "resolver.h"

#include <cstdlib>

namespace newsarchive::temporal::detail {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::months;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year;
using std::chrono::year_month;
using std::chrono::year_month_day;
using std::chrono::years;

// "Feb. 29" exists only in leap years, so the search for an occurrence steps up to eight years.
constexpr int kLeapSearchYears = 8;

ResolvedDate at_day(sys_days d) {
  return {d, DateGranularity::kDay};
}

ResolvedDate at_month(year_month ym) {
  return {sys_days{ym / day{1}}, DateGranularity::kMonth};
}

ResolvedDate at_year(year y) {
  return {sys_days{y / std::chrono::January / 1}, DateGranularity::kYear};
}

ResolvedDate at_decade(int y) {
  const int first = y - ((y % 10) + 10) % 10;  // floor to a multiple of ten, also below year 0
  return {sys_days{year{first} / std::chrono::January / 1}, DateGranularity::kDecade};
}

std::optional<ResolvedDate> resolve_absolute(const DateSpec& s) {
  switch (s.granularity) {
    case DateGranularity::kDay: {
      const year_month_day ymd{year{s.year}, month{s.month}, day{s.day}};
      if (!ymd.ok()) return std::nullopt;
      return at_day(sys_days{ymd});
    }
    case DateGranularity::kWeek:
      return std::nullopt;  // weeks are only produced through as_week
    case DateGranularity::kMonth: {
      const year_month ym{year{s.year}, month{s.month}};
      if (!ym.ok()) return std::nullopt;
      return at_month(ym);
    }
    case DateGranularity::kYear:
      return at_year(year{s.year});
    case DateGranularity::kDecade:
      return at_decade(s.year);
  }
  return std::nullopt;
}

// Month-day without a year. With a weekday hint, the year (around publication) whose date falls
// on that weekday wins; otherwise the latest occurrence not after publication, or with a future
// tense the first one not before it.
std::optional<ResolvedDate> resolve_month_day(const DateSpec& s, sys_days pub, bool future) {
  const month m{s.month};
  const day d{s.day};
  // Year 2000 was a leap year, so this accepts every day that exists in some year.
  if (!year_month_day{year{2000}, m, d}.ok()) return std::nullopt;
  const year pub_year = year_month_day{pub}.year();
  if (s.weekday_hint) {
    std::optional<sys_days> best;
    for (int delta = -1; delta <= 1; ++delta) {
      const year_month_day ymd{pub_year + years{delta}, m, d};
      if (!ymd.ok() || weekday{sys_days{ymd}}.c_encoding() != *s.weekday_hint) continue;
      const sys_days cand{ymd};
      if (!best || std::abs((cand - pub).count()) < std::abs((*best - pub).count())) best = cand;
    }
    if (best) return at_day(*best);
  }
  const int step = future ? 1 : -1;
  for (int k = 0; k <= kLeapSearchYears; ++k) {
    const year_month_day ymd{pub_year + years{k * step}, m, d};
    if (!ymd.ok()) continue;
    const sys_days cand{ymd};
    if (future ? cand >= pub : cand <= pub) return at_day(cand);
  }
  return std::nullopt;
}

std::optional<ResolvedDate> resolve_month(const DateSpec& s, sys_days pub, bool future) {
  const year_month_day p{pub};
  const year_month current{p.year(), p.month()};
  year_month cand{p.year(), month{s.month}};
  if (!cand.ok()) return std::nullopt;
  switch (s.direction) {
    case Direction::kByTense:
      if (future && cand < current) cand += years{1};
      if (!future && cand > current) cand -= years{1};
      break;
    case Direction::kLast:
      if (cand >= current) cand -= years{1};
      break;
    case Direction::kNext:
    case Direction::kComing:
      if (cand <= current) cand += years{1};
      break;
    case Direction::kThis:
      break;
  }
  return at_month(cand);
}

std::optional<ResolvedDate> resolve_weekday(const DateSpec& s, sys_days pub, bool future) {
  const weekday target{s.weekday};
  const weekday today{pub};
  // weekday differences are always in [0, 6] days.
  const days back = today - target;
  const days ahead = target - today;
  switch (s.direction) {
    case Direction::kByTense:
      return at_day(future ? pub + ahead : pub - back);
    case Direction::kLast:
      return at_day(pub - (back == days{0} ? days{7} : back));
    case Direction::kNext:
      // "next Thursday" said on a Wednesday is the Thursday of next week, not tomorrow.
      return at_day(iso_week_monday(pub) + days{7} + (target - std::chrono::Monday));
    case Direction::kThis:
      return at_day(pub + ahead);
    case Direction::kComing:
      return at_day(pub + (ahead == days{0} ? days{7} : ahead));
  }
  return std::nullopt;
}

std::optional<ResolvedDate> resolve_offset(const DateSpec& s, sys_days pub) {
  const year_month_day p{pub};
  switch (s.granularity) {
    case DateGranularity::kDay:
      return at_day(pub + days{s.offset});
    case DateGranularity::kWeek:
      return ResolvedDate{iso_week_monday(pub) + days{7 * s.offset}, DateGranularity::kWeek};
    case DateGranularity::kMonth:
      return at_month(year_month{p.year(), p.month()} + months{s.offset});
    case DateGranularity::kYear:
      return at_year(p.year() + years{s.offset});
    case DateGranularity::kDecade:
      return at_decade(static_cast<int>(p.year()) + 10 * s.offset);
  }
  return std::nullopt;
}

}  // namespace

sys_days iso_week_monday(sys_days d) {
  return d - (weekday{d} - std::chrono::Monday);
}

std::optional<ResolvedDate> resolve(const DateSpec& spec, std::optional<sys_days> published,
                                    bool future_tense) {
  std::optional<ResolvedDate> r;
  if (spec.kind == DateSpec::Kind::kAbsolute) {
    r = resolve_absolute(spec);
  } else if (!published) {
    return std::nullopt;  // relative expressions need an anchor
  } else {
    switch (spec.kind) {
      case DateSpec::Kind::kMonthDay:
        r = resolve_month_day(spec, *published, future_tense);
        break;
      case DateSpec::Kind::kMonth:
        r = resolve_month(spec, *published, future_tense);
        break;
      case DateSpec::Kind::kWeekday:
        r = resolve_weekday(spec, *published, future_tense);
        break;
      case DateSpec::Kind::kOffset:
        r = resolve_offset(spec, *published);
        break;
      case DateSpec::Kind::kAbsolute:
        break;
    }
  }
  if (r && spec.as_week) r = ResolvedDate{iso_week_monday(r->first_day), DateGranularity::kWeek};
  return r;
}

}  // namespace newsarchive::temporal::detail
