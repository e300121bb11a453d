// Expressions measured from the publication date ("yesterday", "last month", "two days ago",
// "Friday") and the modifiers that narrow a period ("early November", "mid-2024").
#include "matcher.h"

namespace newsarchive::temporal::detail {
namespace {

DateSpec offset(DateGranularity g, int n) {
  DateSpec s;
  s.kind = DateSpec::Kind::kOffset;
  s.granularity = g;
  s.offset = n;
  return s;
}

DateGranularity granularity_of(TimeUnit u) {
  switch (u) {
    case TimeUnit::kDay:
      return DateGranularity::kDay;
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend:  // a weekend is reported as the ISO week it ends
      return DateGranularity::kWeek;
    case TimeUnit::kMonth:
      return DateGranularity::kMonth;
    case TimeUnit::kYear:
      return DateGranularity::kYear;
    case TimeUnit::kDecade:
      return DateGranularity::kDecade;
  }
  return DateGranularity::kDay;
}

bool is_modifier(Keyword k) {
  return k == Keyword::kEarly || k == Keyword::kMid || k == Keyword::kLate;
}

bool is_part_of(Keyword k) {
  return k == Keyword::kEnd || k == Keyword::kBeginning || k == Keyword::kStart ||
         k == Keyword::kMiddle;
}

}  // namespace

std::optional<Match> Matcher::modifiable(std::size_t i) const {
  // "the end of the year", "the middle of the month": the current period.
  if (is_keyword(i, Keyword::kThe) && tok(i + 1) && tok(i + 1)->kind == TokenKind::kWord &&
      tok(i + 1)->lex.kind == LexKind::kUnit && !tok(i + 1)->lex.has(kPlural)) {
    const auto unit = static_cast<TimeUnit>(tok(i + 1)->lex.value);
    if (unit == TimeUnit::kWeek || unit == TimeUnit::kMonth || unit == TimeUnit::kYear) {
      return Match{i, i + 2, offset(granularity_of(unit), 0)};
    }
  }
  if (auto m = decade(i, true)) return m;
  if (auto m = shifted(i)) return m;
  if (auto m = month_first(i, true)) return m;
  if (auto m = year(i, YearContext::kAfterWord)) return m;
  if (auto m = weekday(i)) return m;  // "late Friday"
  return std::nullopt;
}

std::optional<Match> Matcher::modified(std::size_t i) const {
  std::size_t j = i;
  const bool the = is_keyword(j, Keyword::kThe);
  if (the) ++j;
  const Token* t = tok(j);
  if (!t || t->kind != TokenKind::kWord) return std::nullopt;
  const Keyword k = t->lex.keyword();
  std::optional<Match> core;
  if (is_modifier(k)) {
    std::size_t c = j + 1;
    if (is_punct(c, '-') && !tok(c)->space_before) ++c;  // "mid-2024"
    core = modifiable(c);
  } else if (is_part_of(k) && is_keyword(j + 1, Keyword::kOf)) {
    core = modifiable(j + 2);  // "the end of May"
  } else if ((k == Keyword::kEarlier || k == Keyword::kLater) && !the) {
    core = shifted(j + 1);  // "earlier this month"
  }
  if (!core) return std::nullopt;
  core->first = i;
  return core;
}

std::optional<Match> Matcher::deictic_day(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || t->kind != TokenKind::kWord) return std::nullopt;
  const Keyword k = t->lex.keyword();
  std::optional<int> days;
  std::size_t end = i + 1;
  switch (k) {
    case Keyword::kYesterday:
      days = -1;
      break;
    case Keyword::kToday:
    case Keyword::kTonight:
      // "USA Today", "the Today programme": capitalised inside a sentence it is a name.
      if (t->capitalised && !t->sentence_start) return std::nullopt;
      if (i > 0 && is_keyword(i - 1, Keyword::kThe)) return std::nullopt;
      days = 0;
      break;
    case Keyword::kTomorrow:
      days = 1;
      break;
    case Keyword::kLast:
      if (!is_keyword(i + 1, Keyword::kNight)) return std::nullopt;
      days = -1;  // the evening before a morning paper
      end = i + 2;
      break;
    case Keyword::kThis:
      if (!is_keyword(i + 1, Keyword::kPartOfDay)) return std::nullopt;
      days = 0;
      end = i + 2;
      break;
    case Keyword::kThe: {
      // "the day before yesterday", "the day after tomorrow"
      const Token* d = tok(i + 1);
      if (!d || d->lex.kind != LexKind::kUnit ||
          static_cast<TimeUnit>(d->lex.value) != TimeUnit::kDay || d->lex.has(kPlural)) {
        return std::nullopt;
      }
      if (is_keyword(i + 2, Keyword::kBefore) && is_keyword(i + 3, Keyword::kYesterday)) days = -2;
      if (is_keyword(i + 2, Keyword::kAfter) && is_keyword(i + 3, Keyword::kTomorrow)) days = 2;
      end = i + 4;
      break;
    }
    default:
      return std::nullopt;
  }
  if (!days) return std::nullopt;
  // "yesterday morning", "tomorrow night" are still that day.
  if (k != Keyword::kLast && k != Keyword::kThis &&
      (is_keyword(end, Keyword::kPartOfDay) || is_keyword(end, Keyword::kNight))) {
    ++end;
  }
  return Match{i, end, offset(DateGranularity::kDay, *days)};
}

std::optional<Match> Matcher::shifted(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || t->kind != TokenKind::kWord) return std::nullopt;
  const Keyword k = t->lex.keyword();
  if (k != Keyword::kLast && k != Keyword::kNext && k != Keyword::kThis) return std::nullopt;
  // "the last year", "over the next month" are spans counted back or forward from now, not the
  // previous or next calendar period.
  if (i > 0 && is_keyword(i - 1, Keyword::kThe)) return std::nullopt;
  const int n = k == Keyword::kLast ? -1 : k == Keyword::kNext ? 1 : 0;
  const Direction dir = k == Keyword::kLast   ? Direction::kLast
                        : k == Keyword::kNext ? Direction::kNext
                                              : Direction::kThis;
  const Token* u = tok(i + 1);
  if (!u || u->kind != TokenKind::kWord) return std::nullopt;
  switch (u->lex.kind) {
    case LexKind::kUnit: {
      const auto unit = static_cast<TimeUnit>(u->lex.value);
      if (unit == TimeUnit::kDay) return std::nullopt;  // "the last day" is not a date
      if (u->lex.has(kPlural)) return std::nullopt;     // "last weeks" is no calendar period
      return Match{i, i + 2, offset(granularity_of(unit), n)};
    }
    case LexKind::kWeekday: {
      if (!u->capitalised) return std::nullopt;
      DateSpec s;
      s.kind = DateSpec::Kind::kWeekday;
      s.weekday = u->lex.value;
      s.direction = dir;
      return Match{i, i + 2, s};
    }
    case LexKind::kMonth: {
      if (!u->capitalised || u->lex.has(kAbbreviation)) return std::nullopt;
      DateSpec s;
      s.kind = DateSpec::Kind::kMonth;
      s.month = u->lex.value;
      s.direction = dir;
      return Match{i, i + 2, s};
    }
    default:
      return std::nullopt;
  }
}

std::optional<Match> Matcher::ago(std::size_t i) const {
  const Token* t = tok(i);
  if (!t) return std::nullopt;
  int count = 0;
  if (t->kind == TokenKind::kNumber && !t->separated && t->digits <= 3) {
    count = t->number;
  } else if (t->kind == TokenKind::kWord && t->lex.kind == LexKind::kNumberWord) {
    count = t->lex.value;
  } else {
    return std::nullopt;
  }
  const Token* u = tok(i + 1);
  if (!u || u->kind != TokenKind::kWord || u->lex.kind != LexKind::kUnit ||
      !is_keyword(i + 2, Keyword::kAgo)) {
    return std::nullopt;
  }
  const auto unit = static_cast<TimeUnit>(u->lex.value);
  if (unit == TimeUnit::kWeekend) return std::nullopt;
  return Match{i, i + 3, offset(granularity_of(unit), -count)};
}

std::optional<Match> Matcher::weekday(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || t->kind != TokenKind::kWord || t->lex.kind != LexKind::kWeekday || !t->capitalised) {
    return std::nullopt;
  }
  const Token* p = prev(i);
  // "on Friday", "since Monday": the word before settles it, whatever follows.
  const bool after_on = p && p->kind == TokenKind::kWord && p->lex.has(kDateContext);
  if (!after_on) {
    // "Sunday Times", "Monday Night Football": a capitalised unknown word after it makes a name;
    // "Black Friday", "Super Tuesday", "Bloody Sunday": so does one before it.
    const Token* n = tok(i + 1);
    if (n && n->kind == TokenKind::kWord && n->capitalised && n->lex.kind == LexKind::kNone &&
        !n->lex.has(kNotAName)) {
      return std::nullopt;
    }
    if (p && !t->sentence_start && p->kind == TokenKind::kWord && p->capitalised &&
        p->lex.kind == LexKind::kNone && !p->lex.has(kNotAName)) {
      return std::nullopt;
    }
  }
  DateSpec s;
  s.kind = DateSpec::Kind::kWeekday;
  s.weekday = t->lex.value;
  return Match{i, i + 1, s};
}

}  // namespace newsarchive::temporal::detail
