// English month and weekday names, the one table the date parser, the date resolver and the
// recogniser (which must not take "March" for a name) all read.
#pragma once

#include <array>
#include <string_view>

namespace newsarchive::text {

inline constexpr std::array<std::string_view, 12> kMonthNames{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

inline constexpr std::array<std::string_view, 7> kWeekdayNames{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// A month written short: its first three letters ("may" is its own full name).
inline constexpr std::size_t kMonthAbbreviationLength = 3;
// The four-letter "Sept" that AP style uses besides "Sep".
inline constexpr std::string_view kSeptemberAbbreviation = "sept";

// The month (1..12) a lower-case word names: full, three-letter or "sept"; 0 for none.
constexpr int month_number(std::string_view lower_word) {
  for (std::size_t m = 0; m < kMonthNames.size(); ++m) {
    if (lower_word == kMonthNames[m] ||
        (lower_word.size() == kMonthAbbreviationLength && kMonthNames[m].starts_with(lower_word)))
      return static_cast<int>(m) + 1;
  }
  return lower_word == kSeptemberAbbreviation ? 9 : 0;
}

}  // namespace newsarchive::text
