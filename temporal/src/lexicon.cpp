#include "lexicon.h"

#include <array>
#include <initializer_list>
#include <string>
#include <unordered_map>

#include "newsarchive/text/calendar_names.h"

namespace newsarchive::temporal::detail {
namespace {

constexpr std::size_t kLongestWord = 12;  // "championships"-length words are not worth a look-up

using Table = std::unordered_map<std::string_view, Lex>;

void add(Table& t, std::initializer_list<std::string_view> words, LexKind kind, unsigned value,
         std::uint16_t flags = 0) {
  for (std::string_view w : words) {
    Lex& lex = t[w];
    // A word listed twice keeps its first meaning and gains the later flags.
    if (lex.kind == LexKind::kNone) {
      lex.kind = kind;
      lex.value = static_cast<std::uint8_t>(value);
    }
    lex.flags |= flags;
  }
}

void add_flags(Table& t, std::initializer_list<std::string_view> words, std::uint16_t flags) {
  add(t, words, LexKind::kNone, 0, flags);
}

void add_keyword(Table& t, std::string_view word, Keyword k, std::uint16_t flags = 0) {
  add(t, {word}, LexKind::kKeyword, static_cast<unsigned>(k), flags);
}

Table build_table() {
  Table t;
  for (unsigned m = 0; m < 12; ++m) {
    const bool ambiguous = m == 2 || m == 3 || m == 4 || m == 5 || m == 7;
    const std::string_view name = text::kMonthNames[m];
    add(t, {name}, LexKind::kMonth, m + 1, ambiguous ? kAmbiguousMonth : 0);
    // "May" is its own abbreviation, already added above.
    const std::string_view abbreviation = name.substr(0, text::kMonthAbbreviationLength);
    if (abbreviation != name) add(t, {abbreviation}, LexKind::kMonth, m + 1, kAbbreviation);
  }
  add(t, {text::kSeptemberAbbreviation}, LexKind::kMonth, 9, kAbbreviation);

  // A weekday's value counts from Sunday (0), as std::chrono::weekday does; the names begin
  // with Monday.
  for (unsigned d = 0; d < text::kWeekdayNames.size(); ++d)
    add(t, {text::kWeekdayNames[d]}, LexKind::kWeekday, (d + 1) % 7);

  static constexpr std::array<std::string_view, 13> kNumbers = {
      "",      "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (unsigned n = 1; n < kNumbers.size(); ++n) add(t, {kNumbers[n]}, LexKind::kNumberWord, n);
  add(t, {"a", "an"}, LexKind::kNumberWord, 1);
  add(t, {"twenty"}, LexKind::kNumberWord, 20);

  static constexpr std::array<std::string_view, 8> kDecades = {
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
  for (unsigned d = 0; d < kDecades.size(); ++d)
    add(t, {kDecades[d]}, LexKind::kDecadeWord, 20 + 10 * d);

  auto unit = [&t](std::string_view singular, std::string_view plural, TimeUnit u) {
    add(t, {singular}, LexKind::kUnit, static_cast<unsigned>(u));
    add(t, {plural}, LexKind::kUnit, static_cast<unsigned>(u), kPlural);
  };
  unit("day", "days", TimeUnit::kDay);
  unit("week", "weeks", TimeUnit::kWeek);
  unit("weekend", "weekends", TimeUnit::kWeekend);
  unit("month", "months", TimeUnit::kMonth);
  unit("year", "years", TimeUnit::kYear);
  unit("decade", "decades", TimeUnit::kDecade);

  add_keyword(t, "yesterday", Keyword::kYesterday);
  add_keyword(t, "today", Keyword::kToday);
  add_keyword(t, "tomorrow", Keyword::kTomorrow);
  add_keyword(t, "tonight", Keyword::kTonight);
  add_keyword(t, "last", Keyword::kLast);
  add_keyword(t, "next", Keyword::kNext);
  add_keyword(t, "this", Keyword::kThis);
  add_keyword(t, "ago", Keyword::kAgo);
  add_keyword(t, "early", Keyword::kEarly);
  add_keyword(t, "earlier", Keyword::kEarlier);
  add_keyword(t, "mid", Keyword::kMid);
  add_keyword(t, "late", Keyword::kLate);
  add_keyword(t, "later", Keyword::kLater);
  add_keyword(t, "end", Keyword::kEnd);
  add_keyword(t, "beginning", Keyword::kBeginning);
  add_keyword(t, "start", Keyword::kStart);
  add_keyword(t, "middle", Keyword::kMiddle);
  add_keyword(t, "the", Keyword::kThe, kYearFollower | kNotAName);
  add_keyword(t, "of", Keyword::kOf, kDateContext | kNotAName);
  add_keyword(t, "ended", Keyword::kEnded, kYearFollower | kPastCue);
  add_keyword(t, "ending", Keyword::kEnded);
  add_keyword(t, "to", Keyword::kEnded, kDateContext | kYearFollower | kNotAName);
  add_keyword(t, "night", Keyword::kNight);
  add_keyword(t, "morning", Keyword::kPartOfDay);
  add_keyword(t, "afternoon", Keyword::kPartOfDay);
  add_keyword(t, "evening", Keyword::kPartOfDay);
  add_keyword(t, "before", Keyword::kBefore, kDateContext | kYearFollower | kNotAName);
  add_keyword(t, "after", Keyword::kAfter, kDateContext | kYearFollower | kNotAName);

  add_flags(t, {"in",      "on",         "since",  "by",      "until",  "till",   "from",
                "through", "throughout", "during", "between", "around", "circa",  "for",
                "until",   "into",       "spring", "summer",  "autumn", "winter", "fall"},
            kDateContext);
  add_flags(t,
            {"in",  "on", "at", "for",   "by",   "from", "through", "into", "amid", "with", "and",
             "but", "or", "as", "while", "when", "over", "despite", "a",    "an",   "is",   "are"},
            kNotAName);
  add_flags(t, {"and",          "or",         "but",       "when",       "as",
                "until",        "a",          "an",        "with",       "was",
                "were",         "is",         "are",       "had",        "has",
                "have",         "that",       "which",     "while",      "because",
                "in",           "on",         "at",        "for",        "by",
                "from",         "through",    "will",      "would",      "could",
                "saw",          "brought",    "according", "compared",   "versus",
                "vs",           "onward",     "onwards",   "alone",      "amid",
                "levels",       "level",      "election",  "elections",  "season",
                "census",       "budget",     "campaign",  "olympics",   "games",
                "final",        "finals",     "vote",      "referendum", "summit",
                "war",          "crisis",     "report",    "earthquake", "merger",
                "deal",         "agreement",  "accord",    "law",        "act",
                "figures",      "results",    "model",     "edition",    "film",
                "album",        "tournament", "series",    "race",       "primary",
                "primaries",    "midterms",   "recession", "attack",     "attacks",
                "invasion",     "coup",       "riots",     "protests",   "uprising",
                "flood",        "floods",     "fire",      "fires",      "tsunami",
                "hurricane",    "storm",      "scandal",   "crash",      "collapse",
                "bailout",      "ruling",     "decision",  "study",      "survey",
                "data",         "peak",       "high",      "low",        "record",
                "estimate",     "estimates",  "forecast",  "target",     "targets",
                "plan",         "contract",   "ceremony",  "visit",      "meeting",
                "talks",        "cup",        "review",    "reform",     "crop",
                "harvest",      "quarter",    "fiscal",    "then",       "he",
                "she",          "it",         "they",      "we",         "i",
                "there",        "this",       "his",       "her",        "its",
                "their",        "our",        "so",        "if",         "after",
                "before",       "did",        "where",     "not",        "only",
                "under",        "again",      "too",       "also",       "nor",
                "levels",       "average",    "prices",    "sales",      "profit",
                "loss",         "earnings",   "revenue",   "output",     "growth",
                "rate",         "inflation",  "debut",     "launch",     "release",
                "championship", "lows",       "highs",     "annual",     "financial",
                "world",        "winter",     "summer",    "spring"},
            kYearFollower);
  add_flags(t,
            {"no",       "nos",     "number",       "page",       "pages",   "room",    "flight",
             "route",    "highway", "chapter",      "article",    "section", "rule",    "paragraph",
             "item",     "code",    "pin",          "bus",        "channel", "vol",     "volume",
             "platform", "gate",    "exit",         "box",        "suite",   "unit",    "apartment",
             "lot",      "file",    "resolution",   "interstate", "bill",    "ticket",  "row",
             "seat",     "account", "order",        "batch",      "serial",  "version", "over",
             "about",    "some",    "nearly",       "almost",     "than",    "only",    "least",
             "just",     "roughly", "approximately"},
            kNumberLabel);
  add_flags(t,
            {"will", "shall", "ll", "would", "due", "scheduled", "upcoming", "ahead", "expected",
             "plans", "planned", "planning", "slated", "coming", "going"},
            kFutureCue);
  // Only finite past forms: a participle such as "held" also follows "will be".
  add_flags(t, {"said", "was", "were", "had", "did", "ago"}, kPastCue);
  add_flags(t, {"opens",   "close",   "closes",  "begin",   "begins",  "start",    "starts",
                "end",     "ends",    "resume",  "resumes", "restart", "restarts", "reopen",
                "reopens", "expire",  "expires", "go",      "goes",    "meet",     "meets",
                "remain",  "remains", "take",    "takes",   "run",     "runs",     "face",
                "faces",   "hold",    "holds",   "host",    "hosts"},
            kPresentCue);
  add_flags(t, {"set"}, kFutureBeforeTo);
  add_flags(t, {"will", "shall", "ll"}, kWill);
  add_flags(t, {"every", "each"}, kEvery);
  add_flags(t,
            {"in", "since", "until", "till", "during", "throughout", "before", "after", "circa",
             "by", "fiscal"},
            kYearPreposition);
  add_flags(t, {"her", "his", "their", "its", "my", "your", "our"}, kAgeOwner);
  return t;
}

}  // namespace

Lex lookup_word(std::string_view word) {
  if (word.empty() || word.size() > kLongestWord) return {};
  static const Table table = build_table();  // C++11 guarantees a thread-safe first build
  std::array<char, kLongestWord> lower{};
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const auto it = table.find(std::string_view(lower.data(), word.size()));
  return it == table.end() ? Lex{} : it->second;
}

}  // namespace newsarchive::temporal::detail
