// Dates written with calendar words and numbers: ISO dates, month names with days and years,
// bare years and decades.
#include "matcher.h"

namespace newsarchive::temporal::detail {
namespace {

DateSpec absolute_day(int y, unsigned m, unsigned d) {
  DateSpec s;
  s.kind = DateSpec::Kind::kAbsolute;
  s.granularity = DateGranularity::kDay;
  s.year = y;
  s.month = m;
  s.day = d;
  return s;
}

DateSpec month_day(unsigned m, unsigned d) {
  DateSpec s;
  s.kind = DateSpec::Kind::kMonthDay;
  s.month = m;
  s.day = d;
  return s;
}

DateSpec absolute(DateGranularity g, int y, unsigned m = 0) {
  DateSpec s;
  s.kind = DateSpec::Kind::kAbsolute;
  s.granularity = g;
  s.year = y;
  s.month = m;
  return s;
}

// Two-digit decades are taken as 1920s..1990s and 2000s..2010s.
int century_for_two_digits(int v) {
  return v < 20 ? 2000 + v : 1900 + v;
}

}  // namespace

std::optional<Match> Matcher::iso_date(std::size_t i) const {
  const auto y = year_number(i);
  if (!y || !is_punct(i + 1, '-') || !is_punct(i + 3, '-')) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (!tok(k) || tok(k)->space_before) return std::nullopt;
  }
  const Token& m = t_[i + 2];
  const Token& d = t_[i + 4];
  if (m.kind != TokenKind::kNumber || m.digits != 2 || d.kind != TokenKind::kNumber ||
      d.digits != 2) {
    return std::nullopt;
  }
  return Match{i, i + 5,
               absolute_day(*y, static_cast<unsigned>(m.number), static_cast<unsigned>(d.number))};
}

std::optional<Match> Matcher::month_first(std::size_t i, bool month_alone_ok) const {
  const auto name = month_name(i);
  if (!name) return std::nullopt;
  const auto [month, j] = *name;
  if (const auto d = day_number(j)) {
    std::size_t k = j + 1;
    if (is_punct(k, ',')) ++k;
    if (year_number(k) && year_in_context(k, YearContext::kInDate))
      return Match{i, k + 1, absolute_day(*year_number(k), month, *d)};
    return Match{i, j + 1, month_day(month, *d)};
  }
  std::size_t k = j;
  if (is_punct(k, ',')) ++k;
  if (year_number(k)) {
    if (const auto end = year_in_context(k, YearContext::kInDate)) {
      return Match{i, *end, absolute(DateGranularity::kMonth, *year_number(k), month)};
    }
  }
  // A month on its own: "in May", "since March", "last August" need the word before; "October"
  // and the other months that are no verb, noun or name stand alone. Abbreviations never do.
  const Token& t = t_[i];
  if (t.lex.has(kAbbreviation)) return std::nullopt;
  const Token* p = prev(i);
  const bool context =
      month_alone_ok || (p && p->kind == TokenKind::kWord && p->lex.has(kDateContext));
  if (!context && t.lex.has(kAmbiguousMonth)) return std::nullopt;
  DateSpec s;
  s.kind = DateSpec::Kind::kMonth;
  s.month = month;
  return Match{i, j, s};
}

std::optional<Match> Matcher::day_first(std::size_t i) const {
  const auto d = day_number(i);
  if (!d) return std::nullopt;
  std::size_t j = i + 1;
  if (is_keyword(j, Keyword::kOf)) ++j;  // "3rd of March"
  const auto name = month_name(j);
  if (!name) return std::nullopt;
  const auto [month, k] = *name;
  std::size_t y = k;
  if (is_punct(y, ',')) ++y;
  if (year_number(y) && year_in_context(y, YearContext::kInDate))
    return Match{i, y + 1, absolute_day(*year_number(y), month, *d)};
  return Match{i, k, month_day(month, *d)};
}

std::optional<Match> Matcher::weekday_date(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || t->kind != TokenKind::kWord || t->lex.kind != LexKind::kWeekday || !t->capitalised) {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  if (is_punct(j, ',')) ++j;
  auto m = month_first(j, false);
  if (!m || m->spec.kind == DateSpec::Kind::kMonth) m = day_first(j);
  if (!m || m->spec.kind == DateSpec::Kind::kMonth) return std::nullopt;
  m->first = i;
  if (m->spec.kind == DateSpec::Kind::kMonthDay) m->spec.weekday_hint = t->lex.value;
  return m;
}

std::optional<Match> Matcher::week_ended(std::size_t i) const {
  std::size_t j = i;
  if (is_keyword(j, Keyword::kThe)) ++j;
  const Token* w = tok(j);
  if (!w || w->kind != TokenKind::kWord || w->lex.kind != LexKind::kUnit ||
      static_cast<TimeUnit>(w->lex.value) != TimeUnit::kWeek || w->lex.has(kPlural)) {
    return std::nullopt;
  }
  if (!is_keyword(j + 1, Keyword::kEnded)) return std::nullopt;
  auto m = month_first(j + 2, false);
  if (!m || m->spec.kind == DateSpec::Kind::kMonth) m = day_first(j + 2);
  if (!m || m->spec.kind == DateSpec::Kind::kMonth ||
      (m->spec.kind == DateSpec::Kind::kAbsolute && m->spec.granularity != DateGranularity::kDay)) {
    return std::nullopt;
  }
  m->first = i;
  m->spec.as_week = true;
  return m;
}

std::optional<Match> Matcher::year(std::size_t i, YearContext context) const {
  const auto y = year_number(i);
  if (!y) return std::nullopt;
  const auto end = year_in_context(i, context);
  if (!end) return std::nullopt;
  return Match{i, *end, absolute(DateGranularity::kYear, *y)};
}

std::optional<Match> Matcher::decade(std::size_t i, bool modified) const {
  std::size_t j = i;
  const bool the = is_keyword(j, Keyword::kThe);
  if (the) ++j;
  const bool context = the || modified;
  const Token* t = tok(j);
  if (!t) return std::nullopt;
  // "the nineties"
  if (t->kind == TokenKind::kWord && t->lex.kind == LexKind::kDecadeWord && context) {
    return Match{i, j + 1, absolute(DateGranularity::kDecade, 1900 + t->lex.value)};
  }
  // "the '90s", "’90s"
  if (t->kind == TokenKind::kApostrophe) {
    const Token* d = tok(j + 1);
    if (d && !d->space_before && d->kind == TokenKind::kDecade && d->digits == 2 &&
        d->number % 10 == 0) {
      return Match{i, j + 2, absolute(DateGranularity::kDecade, century_for_two_digits(d->number))};
    }
    return std::nullopt;
  }
  if (t->kind == TokenKind::kDecade && t->number % 10 == 0) {
    // "1990s" stands alone; "90s" only after "the" ("in her 40s" is an age).
    if (t->digits == 4 && t->number >= 1000) {
      return Match{i, j + 1, absolute(DateGranularity::kDecade, t->number)};
    }
    if (t->digits == 2 && context) {
      return Match{i, j + 1, absolute(DateGranularity::kDecade, century_for_two_digits(t->number))};
    }
    return std::nullopt;
  }
  // "the 1990's": with "the" a decade, without it the year's possessive.
  if (context && year_number(j) && t->number % 10 == 0 && is_punct(j + 1, '\'')) {
    const Token* s = tok(j + 2);
    if (s && !s->space_before && !tok(j + 1)->space_before && s->kind == TokenKind::kWord &&
        s->end - s->begin == 1) {
      return Match{i, j + 3, absolute(DateGranularity::kDecade, t->number)};
    }
  }
  return std::nullopt;
}

}  // namespace newsarchive::temporal::detail
