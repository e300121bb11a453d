// Dates in other languages through the public API: chosen by the language, and robust to bytes
// that are not UTF-8 (the tables in languages/ test the forms; temporal_accuracy_* gate them).
#include <gtest/gtest.h>

#include <chrono>

#include "newsarchive/temporal/temporal_expressions.h"

namespace newsarchive::temporal {
namespace {

Timestamp june_12_2024() {
  using namespace std::chrono;
  return sys_days{year{2024} / June / 12};
}

TEST(ForeignDates, TheLanguageChoosesTheRules) {
  const auto fr =
      find_temporal_expressions("Le budget a été voté le 2 juin.", june_12_2024(), "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(to_timex_value(fr[0].date), "2024-06-02");
  EXPECT_EQ(fr[0].date.text, "2 juin");
  // Read as English (and as an undetermined language), "juin" is no month.
  EXPECT_TRUE(
      find_temporal_expressions("Le budget a été voté le 2 juin.", june_12_2024(), "en").empty());
  EXPECT_TRUE(
      find_temporal_expressions("Le budget a été voté le 2 juin.", june_12_2024(), "und").empty());
  EXPECT_TRUE(reads_dates_in("ru"));
  EXPECT_FALSE(reads_dates_in("en"));
}

TEST(ForeignDates, MentionedDatesAreDeduplicatedAcrossTitleAndBody) {
  const auto dates = mentioned_dates("Streik seit dem 4. Mai", "Der Streik hat am 4. Mai begonnen.",
                                     june_12_2024(), "de");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(to_timex_value(dates[0]), "2024-05-04");
}

// Found by fuzzing: an overlong UTF-8 form of a digit ("\xC0\xB3" for "3") made the tokenizer
// take nothing and start a new token at the same byte for ever.
TEST(ForeignDates, AnOverlongDigitEndsTheScan) {
  for (const char* language : {"fr", "es", "pt", "it", "de", "ru"}) {
    const auto found = find_temporal_expressions("\xC0\xB3 \xD0\xBC\xD0\xB0\xD1\x8F 3:1.",
                                                 june_12_2024(), language);
    for (const auto& e : found) EXPECT_LE(e.end, 13u) << language;
  }
}

}  // namespace
}  // namespace newsarchive::temporal
