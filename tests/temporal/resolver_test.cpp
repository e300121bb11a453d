// The resolution rules, one by one, on DateSpecs built by hand (no text involved).
#include "resolver.h"

#include <chrono>

#include <gtest/gtest.h>

namespace newsarchive::temporal::detail {
namespace {

using namespace std::chrono;

constexpr sys_days kWednesday{year{2023} / November / 15};  // ISO week 2023-W46

DateSpec month_day(unsigned m, unsigned d) {
  DateSpec s;
  s.kind = DateSpec::Kind::kMonthDay;
  s.month = m;
  s.day = d;
  return s;
}

DateSpec weekday_spec(weekday w, Direction dir = Direction::kByTense) {
  DateSpec s;
  s.kind = DateSpec::Kind::kWeekday;
  s.weekday = w.c_encoding();
  s.direction = dir;
  return s;
}

DateSpec month_spec(unsigned m, Direction dir = Direction::kByTense) {
  DateSpec s;
  s.kind = DateSpec::Kind::kMonth;
  s.month = m;
  s.direction = dir;
  return s;
}

DateSpec offset_spec(DateGranularity g, int n) {
  DateSpec s;
  s.kind = DateSpec::Kind::kOffset;
  s.granularity = g;
  s.offset = n;
  return s;
}

sys_days day_of(const DateSpec& s, sys_days pub, bool future = false) {
  const auto r = resolve(s, pub, future);
  EXPECT_TRUE(r.has_value());
  return r ? r->first_day : sys_days{};
}

TEST(ResolveMonthDay, IsTheLatestOccurrenceNotAfterPublication) {
  EXPECT_EQ(day_of(month_day(10, 7), sys_days{year{2023} / November / 20}),
            sys_days{year{2023} / October / 7});
  EXPECT_EQ(day_of(month_day(12, 12), kWednesday), sys_days{year{2022} / December / 12});
}

TEST(ResolveMonthDay, PublicationDayItselfCounts) {
  EXPECT_EQ(day_of(month_day(11, 15), kWednesday), kWednesday);
  EXPECT_EQ(day_of(month_day(11, 15), kWednesday, true), kWednesday);
}

TEST(ResolveMonthDay, FutureTenseTakesTheNextOccurrence) {
  EXPECT_EQ(day_of(month_day(1, 9), kWednesday, true), sys_days{year{2024} / January / 9});
}

TEST(ResolveMonthDay, LeapDayFindsALeapYear) {
  EXPECT_EQ(day_of(month_day(2, 29), kWednesday), sys_days{year{2020} / February / 29});
  EXPECT_EQ(day_of(month_day(2, 29), kWednesday, true), sys_days{year{2024} / February / 29});
}

TEST(ResolveMonthDay, DayThatNeverExistsIsRejected) {
  EXPECT_FALSE(resolve(month_day(2, 30), kWednesday, false));
  EXPECT_FALSE(resolve(month_day(4, 31), kWednesday, false));
}

TEST(ResolveMonthDay, WeekdayHintPicksTheYear) {
  DateSpec s = month_day(1, 9);
  s.weekday_hint = Tuesday.c_encoding();  // 9 January was a Tuesday in 2024, a Monday in 2023
  EXPECT_EQ(day_of(s, kWednesday), sys_days{year{2024} / January / 9});
}

TEST(ResolveWeekday, BareWeekdayIsTheLastOneUpToPublication) {
  EXPECT_EQ(day_of(weekday_spec(Friday), kWednesday), sys_days{year{2023} / November / 10});
  // AP style names the day instead of writing "today": the publication day counts.
  EXPECT_EQ(day_of(weekday_spec(Wednesday), kWednesday), kWednesday);
}

TEST(ResolveWeekday, FutureTenseLooksForward) {
  EXPECT_EQ(day_of(weekday_spec(Thursday), kWednesday, true), sys_days{year{2023} / November / 16});
  EXPECT_EQ(day_of(weekday_spec(Monday), kWednesday, true), sys_days{year{2023} / November / 20});
}

TEST(ResolveWeekday, LastIsStrictlyBefore) {
  EXPECT_EQ(day_of(weekday_spec(Wednesday, Direction::kLast), kWednesday),
            sys_days{year{2023} / November / 8});
  EXPECT_EQ(day_of(weekday_spec(Tuesday, Direction::kLast), kWednesday),
            sys_days{year{2023} / November / 14});
}

TEST(ResolveWeekday, NextIsInTheFollowingWeek) {
  EXPECT_EQ(day_of(weekday_spec(Thursday, Direction::kNext), kWednesday),
            sys_days{year{2023} / November / 23});
  EXPECT_EQ(day_of(weekday_spec(Tuesday, Direction::kNext), kWednesday),
            sys_days{year{2023} / November / 21});
}

TEST(ResolveWeekday, ThisCountsForwardFromPublication) {
  EXPECT_EQ(day_of(weekday_spec(Friday, Direction::kThis), kWednesday),
            sys_days{year{2023} / November / 17});
}

TEST(ResolveMonth, ByTenseLastOrNextOccurrenceIncludingTheCurrentMonth) {
  EXPECT_EQ(day_of(month_spec(12), kWednesday), sys_days{year{2022} / December / 1});
  EXPECT_EQ(day_of(month_spec(12), kWednesday, true), sys_days{year{2023} / December / 1});
  EXPECT_EQ(day_of(month_spec(11), kWednesday), sys_days{year{2023} / November / 1});
  EXPECT_EQ(resolve(month_spec(11), kWednesday, false)->granularity, DateGranularity::kMonth);
}

TEST(ResolveMonth, LastAndNextSkipTheCurrentMonth) {
  EXPECT_EQ(day_of(month_spec(11, Direction::kLast), kWednesday),
            sys_days{year{2022} / November / 1});
  EXPECT_EQ(day_of(month_spec(3, Direction::kNext), kWednesday), sys_days{year{2024} / March / 1});
}

TEST(ResolveOffset, CountsUnitsFromPublication) {
  EXPECT_EQ(day_of(offset_spec(DateGranularity::kDay, -1), sys_days{year{2024} / March / 1}),
            sys_days{year{2024} / February / 29});
  EXPECT_EQ(day_of(offset_spec(DateGranularity::kMonth, -1), sys_days{year{2024} / January / 10}),
            sys_days{year{2023} / December / 1});
  EXPECT_EQ(day_of(offset_spec(DateGranularity::kYear, 1), kWednesday),
            sys_days{year{2024} / January / 1});
  EXPECT_EQ(day_of(offset_spec(DateGranularity::kDecade, -1), kWednesday),
            sys_days{year{2010} / January / 1});
}

TEST(ResolveOffset, WeeksAreIsoWeeksStartingOnMonday) {
  // 1 January 2021 was a Friday in ISO week 2020-W53, which began on 28 December 2020.
  const auto r =
      resolve(offset_spec(DateGranularity::kWeek, 0), sys_days{year{2021} / January / 1}, false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first_day, sys_days{year{2020} / December / 28});
  EXPECT_EQ(r->granularity, DateGranularity::kWeek);
}

TEST(ResolveAsWeek, WeekEndedReportsTheIsoWeekOfTheDay) {
  DateSpec s;
  s.kind = DateSpec::Kind::kAbsolute;
  s.granularity = DateGranularity::kDay;
  s.year = 2023;
  s.month = 2;
  s.day = 22;
  s.as_week = true;
  const auto r = resolve(s, std::nullopt, false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first_day, sys_days{year{2023} / February / 20});
  EXPECT_EQ(r->granularity, DateGranularity::kWeek);
}

TEST(ResolveWithoutPublication, OnlyAbsoluteSpecsResolve) {
  EXPECT_FALSE(resolve(month_day(10, 7), std::nullopt, false));
  EXPECT_FALSE(resolve(weekday_spec(Friday), std::nullopt, false));
  EXPECT_FALSE(resolve(offset_spec(DateGranularity::kDay, -1), std::nullopt, false));
  DateSpec decade;
  decade.kind = DateSpec::Kind::kAbsolute;
  decade.granularity = DateGranularity::kDecade;
  decade.year = 1995;
  const auto r = resolve(decade, std::nullopt, false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first_day, sys_days{year{1990} / January / 1});
}

TEST(IsoWeekMonday, FindsTheMondayOnOrBefore) {
  EXPECT_EQ(iso_week_monday(sys_days{year{2023} / November / 19}),
            sys_days{year{2023} / November / 13});
  EXPECT_EQ(iso_week_monday(sys_days{year{2023} / November / 13}),
            sys_days{year{2023} / November / 13});
}

}  // namespace
}  // namespace newsarchive::temporal::detail
