// Finds the dates a news text talks about ("Oct. 7", "last month", "the 1990s") and puts them on
// the calendar, relative to the article's publication date when the expression needs one.
//
// Granularity and what MentionedDate::first_day means:
//   kDay     the day itself
//   kWeek    the Monday of the ISO 8601 week (Monday to Sunday)
//   kMonth   the first of the month
//   kYear    1 January
//   kDecade  1 January of the year ending in 0 ("the 1990s" -> 1990-01-01)
//
// All functions are thread-safe (they share only read-only tables) and allocation-light.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/common/article.h"

namespace newsarchive::temporal {

// A date expression found in a text: its byte span [begin, end) and the date it names.
// `date.text` is the span's text.
struct TemporalExpression {
  std::size_t begin = 0;
  std::size_t end = 0;
  MentionedDate date;
};

// Every date expression in `utf8_text`, in text order. Relative expressions ("yesterday",
// "Oct. 7", "Friday") are resolved against the UTC day of `published`; without it only those
// complete in themselves ("15 November 2023", "in 2006", "the 1990s") are returned.
// The text is read as running prose (an article body): a scheduling verb in the present tense
// ("the store opens on Friday") points to the future.
std::vector<TemporalExpression> find_temporal_expressions(std::string_view utf8_text,
                                                          std::optional<Timestamp> published);

// The distinct dates (same first_day and granularity) named in an article's title and body,
// title first, each with the text of its first mention. This is what the indexer stores.
// The title is read as a headline, whose present tense reports the past ("Store opens Friday").
std::vector<MentionedDate> mentioned_dates(std::string_view title, std::string_view body,
                                           std::optional<Timestamp> published);

// The same in a text of `language` (an ISO 639-1 code). French, Spanish, Portuguese, Italian,
// German and Russian have their own forms ("le 2 juin", "el 9 de julio", "am 4. Mai", "3 de
// março", "il 5 maggio", "5 мая"); any other language, an undetermined one ("und") and "" are
// read as English, as every article was before.
std::vector<TemporalExpression> find_temporal_expressions(std::string_view utf8_text,
                                                          std::optional<Timestamp> published,
                                                          std::string_view language);
std::vector<MentionedDate> mentioned_dates(std::string_view title, std::string_view body,
                                           std::optional<Timestamp> published,
                                           std::string_view language);
// Whether `language` has date forms of its own (the six above).
bool reads_dates_in(std::string_view language);

// The TIMEX3 value of a date: "2023-10-07" (day), "2023-W41" (ISO week-numbering year and
// week), "2023-10" (month), "2023" (year), "199" (decade: the first three digits of its years,
// as TimeML writes the 1990s).
std::string to_timex_value(const MentionedDate& date);

}  // namespace newsarchive::temporal
