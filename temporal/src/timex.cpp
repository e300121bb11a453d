// TIMEX3 values, with ISO week numbers from Howard Hinnant's iso_week library.
#include <chrono>
#include <cstdio>

#include <date/date.h>
#include <date/iso_week.h>

#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::temporal {

std::string to_timex_value(const MentionedDate& date) {
  const std::chrono::year_month_day ymd{date.first_day};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  char buf[32];
  switch (date.granularity) {
    case DateGranularity::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
      break;
    case DateGranularity::kWeek: {
      // The ISO week-numbering year differs from the calendar year around 1 January.
      const date::sys_days day{date::days{date.first_day.time_since_epoch().count()}};
      const iso_week::year_weeknum_weekday iso{day};
      std::snprintf(buf, sizeof buf, "%04d-W%02u", static_cast<int>(iso.year()),
                    static_cast<unsigned>(iso.weeknum()));
      break;
    }
    case DateGranularity::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
      break;
    case DateGranularity::kYear:
      std::snprintf(buf, sizeof buf, "%04d", y);
      break;
    case DateGranularity::kDecade:
      std::snprintf(buf, sizeof buf, "%03d", y / 10);
      break;
    default:
      buf[0] = '\0';
  }
  return buf;
}

}  // namespace newsarchive::temporal
