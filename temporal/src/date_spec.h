// What a matched expression says about the calendar before it is anchored to a publication date.
#pragma once

#include <optional>

#include "newsarchive/common/article.h"

namespace newsarchive::temporal::detail {

// Which occurrence of a recurring name ("Friday", "Oct. 7", "November") is meant.
enum class Direction {
  kByTense,  // bare name: the latest one not after publication, or the next one not before it
             // when the sentence speaks of the future
  kLast,     // "last Friday": strictly before publication
  kNext,     // "next Friday": strictly after publication
  kThis,     // "this Friday": the one in the current week/year, counted forward from publication
  kComing,   // French "vendredi prochain", Spanish "el próximo viernes": the first one strictly
             // after publication (for a month, as kNext)
};

struct DateSpec {
  enum class Kind {
    kAbsolute,  // complete in itself: year, month of a year, day of a year, decade
    kMonthDay,  // "Oct. 7": needs a year
    kMonth,     // "in November": needs a year
    kWeekday,   // "Friday"
    kOffset,    // "yesterday", "last month", "two weeks ago": a count of units from publication
  };
  Kind kind = Kind::kAbsolute;
  DateGranularity granularity = DateGranularity::kDay;  // of the answer (and the unit of kOffset)
  int year = 0;          // kAbsolute (the first year of a decade for kDecade)
  unsigned month = 0;    // kAbsolute (month or day), kMonthDay, kMonth
  unsigned day = 0;      // kAbsolute (day), kMonthDay
  unsigned weekday = 0;  // kWeekday; Sunday = 0
  int offset = 0;        // kOffset, in units of `granularity`
  Direction direction = Direction::kByTense;
  // "Friday, Oct. 20": the weekday picks the year of a month-day written without one.
  std::optional<unsigned> weekday_hint;
  // "the week ended February 22": the answer is the ISO week containing the resolved day.
  bool as_week = false;
};

}  // namespace newsarchive::temporal::detail
