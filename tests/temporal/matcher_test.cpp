// What is and is not taken for a date, through the public API.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::temporal {
namespace {

using namespace std::chrono;

const Timestamp kPublished{sys_days{year{2023} / November / 15}};  // a Wednesday

// "text = value" for every expression found, joined by "; ".
std::string tag(std::string_view text, std::optional<Timestamp> published = kPublished) {
  std::string out;
  for (const auto& e : find_temporal_expressions(text, published)) {
    if (!out.empty()) out += "; ";
    out += e.date.text + " = " + to_timex_value(e.date);
  }
  return out;
}

TEST(Traps, MayTheModalVerbAndName) {
  EXPECT_EQ(tag("The bank may raise rates."), "");
  EXPECT_EQ(tag("May I ask a question?"), "");
  EXPECT_EQ(tag("Fed May Raise Rates"), "");
  EXPECT_EQ(tag("Theresa May said no."), "");
  EXPECT_EQ(tag("Inflation has fallen since May."), "May = 2023-05");
}

TEST(Traps, MarchTheNounAndAugustTheAdjective) {
  EXPECT_EQ(tag("a protest march through the capital"), "");
  EXPECT_EQ(tag("Climate March Draws Crowds"), "");
  EXPECT_EQ(tag("an august body of scholars"), "");
  EXPECT_EQ(tag("Protesters marched in March."), "March = 2023-03");
}

TEST(Traps, FractionsScoresAndTimes) {
  EXPECT_EQ(tag("The team won 7/10 of its matches."), "");
  EXPECT_EQ(tag("It finished 7-10."), "");
  EXPECT_EQ(tag("The train left at 4:25pm."), "");
  EXPECT_EQ(tag("The meeting ended at 20:06."), "");
}

TEST(Traps, AgesAreNotDatesOrDecades) {
  EXPECT_EQ(tag("The driver, aged 45, was unhurt."), "");
  EXPECT_EQ(tag("A 2000-year-old temple was found."), "");
  EXPECT_EQ(tag("A woman in her 40s was hurt."), "");
  EXPECT_EQ(tag("Prices peaked in the '90s."), "the '90s = 199");
}

TEST(Traps, NumbersThatCountThings) {
  EXPECT_EQ(tag("A total of 2006 people signed."), "");
  EXPECT_EQ(tag("It cost $2006."), "");
  EXPECT_EQ(tag("He sold 2,006 shares."), "");
  EXPECT_EQ(tag("2006 cars were recalled."), "");
  EXPECT_EQ(tag("Resolution No. 2006 passed."), "");
  EXPECT_EQ(tag("In 2006 prices fell."), "2006 = 2006");
  EXPECT_EQ(tag("The 2006 election was close."), "2006 = 2006");
}

TEST(Traps, NamesThatContainDayWords) {
  EXPECT_EQ(tag("The Sunday Times reported it."), "");
  EXPECT_EQ(tag("USA Today said so."), "");
  EXPECT_EQ(tag("Police said Friday they had arrested him."), "Friday = 2023-11-10");
}

TEST(Traps, DurationsAreNotCalendarPeriods) {
  EXPECT_EQ(tag("Prices rose over the last year."), "");
  EXPECT_EQ(tag("Prices rose last year."), "last year = 2022");
}

TEST(Traps, RecurringSetsAreNotOneDate) {
  EXPECT_EQ(tag("The market is closed every Friday."), "");
  EXPECT_EQ(tag("Each May the town floods."), "");
  EXPECT_EQ(tag("Fridays are quiet."), "");
}

TEST(Patterns, SpansCoverTheWholeExpression) {
  const std::string text = "Shares fell on Friday, Oct. 20, and again in the week ended Nov. 10.";
  const auto found = find_temporal_expressions(text, kPublished);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "Friday, Oct. 20");
  EXPECT_EQ(found[0].date.text, "Friday, Oct. 20");
  EXPECT_EQ(found[1].date.text, "the week ended Nov. 10");
  EXPECT_EQ(to_timex_value(found[1].date), "2023-W45");
}

TEST(Patterns, GranularityOfModifiedPeriods) {
  EXPECT_EQ(tag("by mid-2024"), "mid-2024 = 2024");
  EXPECT_EQ(tag("in early November"), "early November = 2023-11");
  EXPECT_EQ(tag("in the late 1990s"), "the late 1990s = 199");
  EXPECT_EQ(tag("at the end of May"), "the end of May = 2023-05");
}

TEST(Patterns, EndOfTheCurrentPeriod) {
  EXPECT_EQ(tag("a cut before the end of the year"), "the end of the year = 2023");
  EXPECT_EQ(tag("by the end of the month"), "the end of the month = 2023-11");
}

TEST(Patterns, IsoDateWithTimeAndIdentifiers) {
  EXPECT_EQ(tag("Date: 2024-03-18T09:30:00+01:00", std::nullopt), "2024-03-18 = 2024-03-18");
  EXPECT_EQ(tag("Id: courier-2024-0318-bridge", std::nullopt), "");
  EXPECT_EQ(tag("Part A4-2006 failed", std::nullopt), "");
}

TEST(Patterns, TypographicCharacters) {
  EXPECT_EQ(tag("in the \u201990s"), "the \u201990s = 199");
  EXPECT_EQ(tag("on Nov.\u00a03"), "Nov.\u00a03 = 2023-11-03");
}

TEST(Patterns, SeasonsAndRangesOfYears) {
  EXPECT_EQ(tag("the 2022-23 season"), "2022-23 = 2022");
  EXPECT_EQ(tag("from 1914 to 1918"), "1914 = 1914; 1918 = 1918");
}

TEST(Tense, FutureCueBeforeTheDate) {
  EXPECT_EQ(tag("The board will meet on Thursday."), "Thursday = 2023-11-16");
  EXPECT_EQ(tag("The board met on Thursday."), "Thursday = 2023-11-09");
  EXPECT_EQ(tag("A referendum will be held on Sept. 8."), "Sept. 8 = 2024-09-08");
}

TEST(Tense, HardWrappedLinesStaySentences) {
  EXPECT_EQ(tag("He said the increase will take effect\nDec. 1."), "Dec. 1 = 2023-12-01");
  EXPECT_EQ(tag("Prices will rise.\n\nDec. 1 was calm."), "Dec. 1 = 2022-12-01");
}

TEST(Tense, NearestCueWins) {
  EXPECT_EQ(tag("He said on Friday he will resign."), "Friday = 2023-11-10");
}

TEST(Tense, PresentTenseIsFutureInBodiesButPastInHeadlines) {
  EXPECT_EQ(tag("The store opens on Friday."), "Friday = 2023-11-17");
  const auto dates = mentioned_dates("Store opens Friday", "", kPublished);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(to_timex_value(dates[0]), "2023-11-10");
}

TEST(NoPublicationDate, OnlySelfContainedExpressions) {
  EXPECT_EQ(tag("yesterday, on Oct. 7, last month, Friday", std::nullopt), "");
  EXPECT_EQ(tag("on 15 November 2023, in 2006, in the 1990s", std::nullopt),
            "15 November 2023 = 2023-11-15; 2006 = 2006; the 1990s = 199");
}

TEST(InvalidDates, AreNotReported) {
  EXPECT_EQ(tag("dated February 30, 2023"), "");
  EXPECT_EQ(tag("build 2020-13-45"), "");
}

}  // namespace
}  // namespace newsarchive::temporal
