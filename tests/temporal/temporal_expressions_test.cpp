// The API as the indexer uses it: deduplication, robustness and thread safety.
#include "newsarchive/temporal/temporal_expressions.h"

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace newsarchive::temporal {
namespace {

using namespace std::chrono;

const Timestamp kPublished{sys_days{year{2023} / November / 15} + hours{23}};

TEST(MentionedDates, DeduplicatesAcrossTitleAndBodyKeepingTheFirstText) {
  const auto dates = mentioned_dates("Strike on Oct. 7",
                                     "The strike on October 7 and on Oct. 7, 2023 ...", kPublished);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].text, "Oct. 7");
  EXPECT_EQ(dates[0].first_day, sys_days{year{2023} / October / 7});
  EXPECT_EQ(dates[0].granularity, DateGranularity::kDay);
}

TEST(MentionedDates, SameDayAtDifferentGranularitiesAreDistinct) {
  const auto dates = mentioned_dates("", "In 2023, on Jan. 1, 2023, in January 2023.", kPublished);
  EXPECT_EQ(dates.size(), 3u);
}

TEST(FindTemporalExpressions, PublicationTimeOfDayDoesNotMatter) {
  const auto found = find_temporal_expressions("It happened yesterday.", kPublished);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date.first_day, sys_days{year{2023} / November / 14});
}

TEST(FindTemporalExpressions, SurvivesEmptyBrokenAndOddInput) {
  EXPECT_TRUE(find_temporal_expressions("", kPublished).empty());
  const std::string broken = "\xff\xfe Oct. \xe2\x80 7 \xc3";
  EXPECT_NO_THROW(find_temporal_expressions(broken, kPublished));
  EXPECT_NO_THROW(find_temporal_expressions("Oct.", kPublished));
  EXPECT_NO_THROW(find_temporal_expressions("the week ended", kPublished));
  EXPECT_NO_THROW(find_temporal_expressions("99999999999999999999 2023-", kPublished));
  EXPECT_EQ(find_temporal_expressions("\xe2\x80\x99", kPublished).size(), 0u);
}

TEST(FindTemporalExpressions, SpansIndexTheInput) {
  const std::string text = "Caf\xc3\xa9 owners said on Friday that sales rose in 2022.";
  for (const auto& e : find_temporal_expressions(text, kPublished)) {
    ASSERT_LE(e.end, text.size());
    EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.date.text);
  }
}

TEST(FindTemporalExpressions, IsThreadSafe) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "On Friday, Oct. 20, the firm said sales fell last month. ";
  const auto expected = find_temporal_expressions(text, kPublished);
  std::vector<std::thread> threads;
  std::vector<int> ok(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      bool same = true;
      for (int round = 0; round < 20; ++round) {
        const auto found = find_temporal_expressions(text, kPublished);
        same = same && found.size() == expected.size();
        for (std::size_t k = 0; same && k < found.size(); ++k) {
          same = found[k].begin == expected[k].begin &&
                 found[k].date.first_day == expected[k].date.first_day;
        }
      }
      ok[t] = same;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 8; ++t) EXPECT_TRUE(ok[t]) << "thread " << t;
}

}  // namespace
}  // namespace newsarchive::temporal
