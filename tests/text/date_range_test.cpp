#include "newsarchive/text/date_range.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

using namespace std::chrono;

sys_days d(int y, unsigned m, unsigned dd) {
  return sys_days{year{y} / month{m} / day{dd}};
}

TEST(DateRange, PeriodsOfEachGranularity) {
  auto r = parse_date_range("2023");
  ASSERT_TRUE(r.range);
  EXPECT_EQ(r.range->first, d(2023, 1, 1));
  EXPECT_EQ(r.range->end, d(2024, 1, 1));
  r = parse_date_range("2023-12");
  EXPECT_EQ(r.range->first, d(2023, 12, 1));
  EXPECT_EQ(r.range->end, d(2024, 1, 1));
  r = parse_date_range("2024-02-29");
  EXPECT_EQ(r.range->first, d(2024, 2, 29));
  EXPECT_EQ(r.range->end, d(2024, 3, 1));
}

TEST(DateRange, ClosedAndOpenRanges) {
  auto r = parse_date_range("2023-10-01..2023-11-30");
  ASSERT_TRUE(r.range);
  EXPECT_EQ(r.range->first, d(2023, 10, 1));
  EXPECT_EQ(r.range->end, d(2023, 12, 1));
  r = parse_date_range("..2007-06-30");
  EXPECT_FALSE(r.range->first);
  EXPECT_EQ(r.range->end, d(2007, 7, 1));
  r = parse_date_range("2008-09-15..");
  EXPECT_EQ(r.range->first, d(2008, 9, 15));
  EXPECT_FALSE(r.range->end);
  r = parse_date_range("1963..1964");
  EXPECT_EQ(r.range->first, d(1963, 1, 1));
}

TEST(DateRange, ErrorsSayWhatIsWrong) {
  EXPECT_NE(parse_date_range("2023-13").error.find("month must be 01 to 12"), std::string::npos);
  EXPECT_NE(parse_date_range("2023-02-30").error.find("not a day"), std::string::npos);
  EXPECT_NE(parse_date_range("yesterday").error.find("expected YYYY"), std::string::npos);
  EXPECT_NE(parse_date_range("..").error.find("at least one side"), std::string::npos);
  EXPECT_NE(parse_date_range("2024..2023").error.find("ends before it starts"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive
