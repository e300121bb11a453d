#include "newsarchive/text/calendar_names.h"

#include <gtest/gtest.h>

namespace newsarchive::text {
namespace {

TEST(CalendarNamesTest, MonthsWholeOrShort) {
  EXPECT_EQ(month_number("january"), 1);
  EXPECT_EQ(month_number("jan"), 1);
  EXPECT_EQ(month_number("may"), 5);
  EXPECT_EQ(month_number("sep"), 9);
  EXPECT_EQ(month_number("sept"), 9);
  EXPECT_EQ(month_number("december"), 12);
}

TEST(CalendarNamesTest, NotMonths) {
  EXPECT_EQ(month_number(""), 0);
  EXPECT_EQ(month_number("ja"), 0);
  EXPECT_EQ(month_number("janu"), 0);     // only three letters or the whole name
  EXPECT_EQ(month_number("January"), 0);  // callers lower-case first
  EXPECT_EQ(month_number("monday"), 0);
}

TEST(CalendarNamesTest, WeekdaysBeginWithMonday) {
  EXPECT_EQ(kWeekdayNames.front(), "monday");
  EXPECT_EQ(kWeekdayNames.back(), "sunday");
}

}  // namespace
}  // namespace newsarchive::text
