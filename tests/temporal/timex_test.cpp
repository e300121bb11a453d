#include <chrono>

#include <gtest/gtest.h>

#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::temporal {
namespace {

using namespace std::chrono;

std::string timex(sys_days d, DateGranularity g) {
  return to_timex_value(MentionedDate{d, g, ""});
}

TEST(Timex, WritesEachGranularity) {
  const sys_days d{year{2023} / October / 7};
  EXPECT_EQ(timex(d, DateGranularity::kDay), "2023-10-07");
  EXPECT_EQ(timex(d, DateGranularity::kMonth), "2023-10");
  EXPECT_EQ(timex(d, DateGranularity::kYear), "2023");
  EXPECT_EQ(timex(sys_days{year{1990} / January / 1}, DateGranularity::kDecade), "199");
  EXPECT_EQ(timex(sys_days{year{2000} / January / 1}, DateGranularity::kDecade), "200");
}

TEST(Timex, WeeksUseTheIsoWeekNumberingYear) {
  EXPECT_EQ(timex(sys_days{year{2023} / October / 2}, DateGranularity::kWeek), "2023-W40");
  EXPECT_EQ(timex(sys_days{year{2020} / December / 28}, DateGranularity::kWeek), "2020-W53");
  EXPECT_EQ(timex(sys_days{year{2019} / December / 30}, DateGranularity::kWeek), "2020-W01");
}

}  // namespace
}  // namespace newsarchive::temporal
