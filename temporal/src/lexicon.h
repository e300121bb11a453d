// The words the temporal tagger reacts to, with what each one means to it. Everything else in a
// news body is skipped after one cheap look-up, which is what keeps the scan fast.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsarchive::temporal::detail {

enum class LexKind : std::uint8_t {
  kNone,
  kMonth,       // value: 1..12
  kWeekday,     // value: 0..6, Sunday = 0 (std::chrono::weekday's C encoding)
  kNumberWord,  // value: "one".."twelve", "a"/"an" = 1
  kDecadeWord,  // value: 20..90 for "twenties".."nineties"
  kUnit,        // value: a TimeUnit
  kKeyword,     // value: a Keyword
};

enum class TimeUnit : std::uint8_t { kDay, kWeek, kWeekend, kMonth, kYear, kDecade };

enum class Keyword : std::uint8_t {
  kNone,
  kYesterday,
  kToday,
  kTomorrow,
  kTonight,
  kLast,
  kNext,
  kThis,
  kAgo,
  kEarly,
  kEarlier,
  kMid,
  kLate,
  kLater,
  kEnd,
  kBeginning,
  kStart,
  kMiddle,
  kThe,
  kOf,
  kEnded,  // "ended", "ending", "to" in "the week ended February 22"
  kNight,
  kPartOfDay,  // morning, afternoon, evening
  kBefore,
  kAfter,
};

// Word classes that only matter as context around a candidate, so they are flags rather than
// a Keyword: a word can be both "the" and a year preposition, for example.
enum LexFlag : std::uint16_t {
  kDateContext = 1u << 0,  // "in", "since", "until": a bare month or year after it is a date
  kYearFollower =
      1u << 1,             // a lower-case word that may follow a year ("2006 election", "2006 and")
  kNumberLabel = 1u << 2,  // "No.", "page", "flight": the number after it is a label, not a year
  kFutureCue = 1u << 3,    // "will", "due", "scheduled": the sentence talks about what is to come
  kPastCue = 1u << 4,      // "said", "was": the sentence reports what happened
  kAgeOwner = 1u << 5,     // "her", "his", "their": "in her 40s" is an age, not a decade
  kNotAName = 1u << 6,     // a capitalised function word that may follow "Friday" in a headline
  kAbbreviation = 1u << 7,  // "Oct", "Sept": a month written short
  kAmbiguousMonth =
      1u << 8,             // "May", "March", "August", "April", "June": also a verb, noun or name
  kPresentCue = 1u << 12,  // "opens", "close", "ends": scheduled events in a body's present
                           // tense (a headline's present tense reports the past instead)
  kFutureBeforeTo = 1u << 13,   // "set" in "is set to": future only when "to" follows
  kEvery = 1u << 14,            // "every Friday", "each May": a recurring set, not one date
  kYearPreposition = 1u << 11,  // "in", "since": the number after it is a year whatever follows
  kWill = 1u << 10,             // "will", "shall", "'ll": the strongest future cue
  kPlural = 1u << 9,            // "days", "weeks": a unit counted, never "last weeks"
};

struct Lex {
  LexKind kind = LexKind::kNone;
  std::uint8_t value = 0;
  std::uint16_t flags = 0;

  bool has(LexFlag f) const { return (flags & f) != 0; }
  Keyword keyword() const {
    return kind == LexKind::kKeyword ? static_cast<Keyword>(value) : Keyword::kNone;
  }
  bool is(Keyword k) const { return keyword() == k; }
};

// Looks a word up case-insensitively (ASCII). Words the tagger does not know get a default Lex.
// Thread-safe: the table is built once and only read.
Lex lookup_word(std::string_view word);

}  // namespace newsarchive::temporal::detail
