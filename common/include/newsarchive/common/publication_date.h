// Publication dates as news sources write them, turned into UTC instants.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newsarchive/common/article.h"

namespace newsarchive {

// Accepts, with or without surrounding space:
//   ISO 8601: 2023-11-15, 2023-11-15T10:30, 2023-11-15T10:30:00Z, ...+02:00, 2023-11-15 10:30:00
//   RFC 822/2822: Wed, 15 Nov 2023 10:30:00 +0000 (zone names GMT/UT/EST/EDT/... too)
//   Reuters financial news: Fri Oct 20, 2006 4:25pm EDT
//   Reuters-21578: 26-FEB-1987 15:01:01.79 (and its irregular variants)
//   November 15, 2023 / Nov. 15, 2023 / 15 November 2023 / 15 Nov 2023
//   Unix seconds: 1700000000 (nine digits or more, so a year is never taken for one)
// A time without a zone is taken as UTC; a date without a time as midnight UTC.
// Returns nothing for text that is not one of these, or a date that does not exist.
std::optional<Timestamp> parse_publication_date(std::string_view text);

// The same, saying whether the source gave a time of day. A date alone names a calendar day, not
// an instant: shown in another time zone it must stay that day, never become the evening before.
struct PublicationDate {
  Timestamp instant;
  bool has_time;
};
std::optional<PublicationDate> read_publication_date(std::string_view text);

// Sets `a.published` and `a.published_has_time` from `text`; false (and `a` untouched) when the
// text is not a date.
bool set_publication_date(Article& a, std::string_view text);

// As stored and returned to library users: ISO 8601 in UTC ("2023-11-15T10:30:00Z") when the time
// is known, the day alone ("2023-11-15") when it is not.
std::string format_publication_date(Timestamp t, bool has_time);

// ISO 8601 in UTC: "2023-11-15T10:30:00Z".
std::string format_iso8601(Timestamp t);
// "2023-11-15".
std::string format_day(Timestamp t);
// The calendar year (UTC) of `t`.
int calendar_year(Timestamp t);

}  // namespace newsarchive
