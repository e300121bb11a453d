// The words around dates in French, Spanish, Portuguese, Italian, German and Russian that the
// date finder of those languages (foreign_dates.h) reacts to: relative days and periods, the words
// that make a month name or a year a date, "last"/"next", and the cues of tense. Month and
// weekday names are not here: they are text/calendar_names.h's one table.
#pragma once

#include <span>
#include <string_view>

#include "newsarchive/common/article.h"

namespace newsarchive::temporal::detail {

// Words of a phrase are separated by single spaces; an apostrophe or hyphen between two words
// of the text is skipped ("aujourd'hui" is "aujourd hui", "avant-hier" is "avant hier").
struct RelativePhrase {
  std::string_view words;
  DateGranularity unit;
  int offset;  // in units, from the publication date
};

struct ForeignLexicon {
  std::string_view language;
  // Longest first where one begins another ("hier soir" before "hier").
  std::span<const RelativePhrase> relative;
  // A word right before a month name (or before a "de"/"of" word before it) that makes it a date:
  // "en juin", "début juin", "im Mai", "a finales de julio", "в мае".
  std::span<const std::string_view> month_context;
  // The same before a year: "en 2019", "seit 2019", "в 2019 году".
  std::span<const std::string_view> year_context;
  // A word after a year that makes it one: "году" in "в 2019 году".
  std::span<const std::string_view> year_after;
  // Words joining a day, a month and a year: "de" in "9 de julio de 2024".
  std::span<const std::string_view> linkers;
  // "dernier", "pasado", "letzten", "прошлый": the one before publication; next: after it.
  std::span<const std::string_view> last_words;
  std::span<const std::string_view> next_words;
  // Tense: whole words, and endings of verbs in the future or the past.
  std::span<const std::string_view> future_words;
  std::span<const std::string_view> future_endings;
  std::span<const std::string_view> past_words;
  std::span<const std::string_view> past_endings;
  // Weekday names are written in lower case in these languages, except German, which
  // capitalises them as nouns: a capitalised one elsewhere is a name ("Domingo").
  bool capitalises_weekdays;
};

// The lexicon of an ISO 639-1 code, or nullptr for a language without one.
const ForeignLexicon* foreign_lexicon(std::string_view language);

}  // namespace newsarchive::temporal::detail
