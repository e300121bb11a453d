#include "newsarchive/common/publication_date.h"

#include <date/date.h>
#include <gtest/gtest.h>

namespace newsarchive {
namespace {

std::string iso(std::string_view text) {
  const auto t = parse_publication_date(text);
  return t ? format_iso8601(*t) : "none";
}

TEST(PublicationDate, Iso8601WithAndWithoutZone) {
  EXPECT_EQ(iso("2023-11-15"), "2023-11-15T00:00:00Z");
  EXPECT_EQ(iso("2023-11-15T10:30:00Z"), "2023-11-15T10:30:00Z");
  EXPECT_EQ(iso("2023-11-15T10:30:00+02:00"), "2023-11-15T08:30:00Z");
  EXPECT_EQ(iso("2023-11-15T10:30:00.123-0500"), "2023-11-15T15:30:00Z");
  EXPECT_EQ(iso("2023-11-15 10:30"), "2023-11-15T10:30:00Z");
  EXPECT_EQ(iso("2006-10-20T16:25:00-04:00"), "2006-10-20T20:25:00Z");
}

TEST(PublicationDate, Rfc2822) {
  EXPECT_EQ(iso("Wed, 15 Nov 2023 10:30:00 +0000"), "2023-11-15T10:30:00Z");
  EXPECT_EQ(iso("Tue, 07 Nov 2023 16:45:00 GMT"), "2023-11-07T16:45:00Z");
  EXPECT_EQ(iso("Tue, 7 Nov 2023 11:45:00 EST"), "2023-11-07T16:45:00Z");
  EXPECT_EQ(iso("Tue, 07 Nov 23 16:45 -0800 (PST)"), "2023-11-08T00:45:00Z");
}

TEST(PublicationDate, FinancialNewsStamp) {
  EXPECT_EQ(iso("Fri Oct 20, 2006 4:25pm EDT"), "2006-10-20T20:25:00Z");
  EXPECT_EQ(iso("Mon Jan 8, 2007 12:05am EST"), "2007-01-08T05:05:00Z");
  EXPECT_EQ(iso("Mon Jan 8, 2007 12:05pm EST"), "2007-01-08T17:05:00Z");
}

TEST(PublicationDate, Reuters21578IncludingIrregularOnes) {
  EXPECT_EQ(iso("26-FEB-1987 15:01:01.79"), "1987-02-26T15:01:01Z");
  EXPECT_EQ(iso("  3-MAR-1987 00:43:42.82"), "1987-03-03T00:43:42Z");
  EXPECT_EQ(iso("3-MAR-1987  09:15:05.40"), "1987-03-03T09:15:05Z");
  EXPECT_EQ(iso("27-MAR-1987 00:02:59.13\x05\x05\x05RM"), "1987-03-27T00:02:59Z");
  EXPECT_EQ(iso("19-MAR-1987 10:05:22.32\t\t\tE F"), "1987-03-19T10:05:22Z");
}

TEST(PublicationDate, WrittenForms) {
  EXPECT_EQ(iso("November 15, 2023"), "2023-11-15T00:00:00Z");
  EXPECT_EQ(iso("Nov. 15, 2023"), "2023-11-15T00:00:00Z");
  EXPECT_EQ(iso("15 November 2023"), "2023-11-15T00:00:00Z");
  EXPECT_EQ(iso("15 Nov 2023"), "2023-11-15T00:00:00Z");
  EXPECT_EQ(iso("Sept. 3rd, 1963"), "1963-09-03T00:00:00Z");
}

TEST(PublicationDate, UnixSecondsButNotYears) {
  EXPECT_EQ(iso("1700000000"), "2023-11-14T22:13:20Z");
  EXPECT_EQ(iso("2023"), "none");
  EXPECT_EQ(iso("20231115"), "none");
}

TEST(PublicationDate, DatesBefore1970) {
  EXPECT_EQ(iso("1963-01-04"), "1963-01-04T00:00:00Z");
  EXPECT_EQ(iso("4 January 1881"), "1881-01-04T00:00:00Z");
}

TEST(PublicationDate, RejectsWhatIsNotADate) {
  EXPECT_EQ(iso(""), "none");
  EXPECT_EQ(iso("yesterday"), "none");
  EXPECT_EQ(iso("2023-02-30"), "none");
  EXPECT_EQ(iso("31 April 2023"), "none");
  EXPECT_EQ(iso("Fri Oct 20, 2006 4:25pm XYZ"), "none");
  EXPECT_EQ(iso("2023-11-15T25:00:00Z"), "none");
  EXPECT_EQ(iso("the 15th of never"), "none");
}

// Found by fuzzing: a clock part too long for an int wrapped round to a small or negative one
// and was accepted, giving an instant hundreds of thousands of years away.
TEST(PublicationDate, RejectsClockPartsOutOfRangeHoweverLong) {
  EXPECT_EQ(iso("15 Nov 2023 100000000000:00"), "none");
  EXPECT_EQ(iso("15 Nov 2023 4294967295:00"), "none");
  EXPECT_EQ(iso("15 Nov 2023 10:4294967296"), "none");
  EXPECT_EQ(iso("15 Nov 2023 10:30:8589934592"), "none");
  EXPECT_EQ(iso("15 Nov 2023 10:30 +01:4294967296"), "none");
  EXPECT_EQ(iso("15 Nov 2023 10:30 -05"), "2023-11-15T15:30:00Z");
  EXPECT_EQ(iso("15 Nov 2023 10:30:60"), "2023-11-15T10:31:00Z");
  EXPECT_EQ(iso("2023-11-15T10:30:00+99:99"), "none");
  EXPECT_EQ(iso("2023-11-15T10:30:00+14:00"), "2023-11-14T20:30:00Z");
}

TEST(PublicationDate, SaysWhetherTheSourceGaveATimeOfDay) {
  const auto has_time = [](std::string_view text) {
    const auto d = read_publication_date(text);
    EXPECT_TRUE(d) << text;
    return d && d->has_time;
  };
  EXPECT_FALSE(has_time("2023-11-15"));
  EXPECT_FALSE(has_time("November 15, 2023"));
  EXPECT_FALSE(has_time("15 Nov 2023"));
  EXPECT_TRUE(has_time("2023-11-15T00:00:00Z"));
  EXPECT_TRUE(has_time("2023-11-15 10:30"));
  EXPECT_TRUE(has_time("Fri Oct 20, 2006 4:25pm EDT"));
  EXPECT_TRUE(has_time("26-FEB-1987 15:01:01.79"));
  EXPECT_TRUE(has_time("1700000000"));
}

TEST(PublicationDate, DayAloneIsStoredAsTheDayAlone) {
  Article a;
  ASSERT_TRUE(set_publication_date(a, "November 15, 2023"));
  EXPECT_FALSE(a.published_has_time);
  EXPECT_EQ(format_publication_date(*a.published, a.published_has_time), "2023-11-15");
  ASSERT_TRUE(set_publication_date(a, "Fri Oct 20, 2006 4:25pm EDT"));
  EXPECT_TRUE(a.published_has_time);
  EXPECT_EQ(format_publication_date(*a.published, a.published_has_time), "2006-10-20T20:25:00Z");
  EXPECT_FALSE(set_publication_date(a, "sometime"));
  EXPECT_EQ(format_iso8601(*a.published), "2006-10-20T20:25:00Z");  // untouched
}

// The formatters write digits by hand; date::format is the reference they must agree with,
// before 1970, on leap days, at the ends of the day, and outside four-digit years.
TEST(PublicationDate, FormattersAgreeWithDateFormat) {
  using namespace std::chrono;
  const std::vector<Timestamp> instants = {
      Timestamp{seconds{0}},
      sys_days{year{1987} / 2 / 26} + hours{15} + minutes{1} + seconds{1},
      sys_days{year{2024} / 2 / 29} + hours{23} + minutes{59} + seconds{59},
      sys_days{year{1900} / 1 / 1},
      sys_days{year{1969} / 12 / 31} + hours{12},
      sys_days{year{1} / 3 / 4} + seconds{7},
      sys_days{year{9999} / 12 / 31} + hours{23},
      sys_days{year{12000} / 6 / 1} + minutes{5},
      sys_days{year{-44} / 3 / 15},
  };
  for (const Timestamp t : instants) {
    EXPECT_EQ(format_iso8601(t), date::format("%Y-%m-%dT%H:%M:%SZ", t));
    EXPECT_EQ(format_day(t), date::format("%Y-%m-%d", floor<days>(t)));
  }
}

}  // namespace
}  // namespace newsarchive
