#include "matcher.h"

namespace newsarchive::temporal::detail {
namespace {

constexpr int kFirstPlausibleYear = 1000;  // after "in", "since", a month name ...
constexpr int kLastPlausibleYear = 2199;
constexpr int kFirstBareYear = 1800;  // a four-digit number on its own is a year less often
constexpr int kLastBareYear = 2099;

}  // namespace

bool Matcher::is_punct(std::size_t i, char c) const {
  const Token* t = tok(i);
  return t &&
         (t->kind == TokenKind::kPunct || t->kind == TokenKind::kDash ||
          t->kind == TokenKind::kApostrophe) &&
         t->punct == c;
}

bool Matcher::is_keyword(std::size_t i, Keyword k) const {
  const Token* t = tok(i);
  return t && t->kind == TokenKind::kWord && t->lex.is(k);
}

std::optional<std::pair<unsigned, std::size_t>> Matcher::month_name(std::size_t i) const {
  const Token* t = tok(i);
  // Lower-case "may", "march", "august" are the verb, the noun and the adjective.
  if (!t || t->kind != TokenKind::kWord || t->lex.kind != LexKind::kMonth || !t->capitalised) {
    return std::nullopt;
  }
  std::size_t next = i + 1;
  if (t->lex.has(kAbbreviation) && is_punct(next, '.') && !tok(next)->space_before) ++next;
  return std::pair{static_cast<unsigned>(t->lex.value), next};
}

std::optional<unsigned> Matcher::day_number(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || (t->kind != TokenKind::kNumber && t->kind != TokenKind::kOrdinal) || t->separated ||
      t->digits > 2 || t->number < 1 || t->number > 31) {
    return std::nullopt;
  }
  // "May 5:30", "Oct 7/10", "May 5%" are not days.
  const Token* n = tok(i + 1);
  if (n && !n->space_before &&
      (is_punct(i + 1, ':') || is_punct(i + 1, '/') || is_punct(i + 1, '%'))) {
    return std::nullopt;
  }
  return static_cast<unsigned>(t->number);
}

std::optional<int> Matcher::year_number(std::size_t i) const {
  const Token* t = tok(i);
  if (!t || t->kind != TokenKind::kNumber || t->separated || t->digits != 4 ||
      t->number < kFirstPlausibleYear || t->number > kLastPlausibleYear) {
    return std::nullopt;
  }
  return t->number;
}

std::optional<std::size_t> Matcher::year_in_context(std::size_t i, YearContext context) const {
  const auto y = year_number(i);
  if (!y) return std::nullopt;
  const Token* p = prev(i);
  const Token& t = t_[i];
  if (p && !t.space_before) {
    // "$2006", "#2006", "20:06", "7/2006", "£2006" (a multi-byte sign is kOther).
    if (p->kind == TokenKind::kOther) return std::nullopt;
    // "A4-2006", "12-2006": a number chained to another is a code, not a year.
    if (p->kind == TokenKind::kDash && i >= 2 && !p->space_before &&
        (t_[i - 2].kind == TokenKind::kNumber || t_[i - 2].kind == TokenKind::kAlnum)) {
      return std::nullopt;
    }
    if (p->kind == TokenKind::kPunct && p->punct != '(' && p->punct != '"' && p->punct != '[') {
      return std::nullopt;
    }
  }
  // "No. 2006": the label may be an abbreviation with its full stop.
  const Token* label = p;
  if (p && p->kind == TokenKind::kPunct && p->punct == '.' && i >= 2 && !p->space_before)
    label = &t_[i - 2];
  if (label && label->kind == TokenKind::kWord && label->lex.has(kNumberLabel)) return std::nullopt;
  const bool after_preposition = p && p->kind == TokenKind::kWord && p->lex.has(kYearPreposition);
  if (p && p->kind == TokenKind::kWord &&
      (p->lex.has(kDateContext) || p->lex.kind == LexKind::kMonth) &&
      context == YearContext::kBare) {
    context = YearContext::kAfterWord;
  }
  if (context == YearContext::kBare && (*y < kFirstBareYear || *y > kLastBareYear))
    return std::nullopt;

  std::size_t end = i + 1;
  const Token* n = tok(i + 1);
  if (!n) return end;
  if (!n->space_before) {
    if (n->kind == TokenKind::kDash) {
      // "2006-07" (a season or fiscal year) is the first year; "2006-page", "2000-year-old" are
      // not years at all; "1990-2000" is a range whose ends are found one by one.
      const Token* after = tok(i + 2);
      if (after && after->kind == TokenKind::kNumber && after->digits == 2 &&
          after->number == (*y + 1) % 100) {
        return i + 3;
      }
      // "courier-2024-0318" is an identifier: only another year makes a range.
      if (year_number(i + 2)) return end;
      return std::nullopt;
    }
    if (n->kind == TokenKind::kApostrophe) return end;  // "2006's"
    if (n->kind == TokenKind::kPunct && (n->punct == '%' || n->punct == ':' || n->punct == '/')) {
      return std::nullopt;
    }
    if (n->kind != TokenKind::kPunct) return std::nullopt;  // "2006km"
    return end;
  }
  if (context == YearContext::kInDate)
    return end;  // "Oct 20, 2006 4:25pm", "February 1992 created"
  switch (n->kind) {
    case TokenKind::kWord:
      // "2006 people", "2006 cars": a lower-case noun after the number counts things. Only
      // words known to follow years ("2006 election", "2006 and") are let through.
      // "In 2006 prices fell": after "in" or "since" the number is a year whatever follows.
      if (n->capitalised || after_preposition) return end;
      return n->lex.has(kYearFollower) ? std::optional<std::size_t>(end) : std::nullopt;
    case TokenKind::kNumber:
    case TokenKind::kOrdinal:
    case TokenKind::kDecade:
    case TokenKind::kAlnum:
    case TokenKind::kOther:
      return std::nullopt;
    default:
      return end;
  }
}

bool Matcher::is_trigger(std::size_t i) const {
  const Token& t = t_[i];
  switch (t.kind) {
    case TokenKind::kNumber:
    case TokenKind::kOrdinal:
    case TokenKind::kDecade:
    case TokenKind::kApostrophe:
      return true;
    case TokenKind::kWord:
      switch (t.lex.keyword()) {
        // Words that only continue a pattern ("of", "to", "ago", "night") never start one, and
        // "of" and "to" are among the commonest words in English.
        case Keyword::kOf:
        case Keyword::kEnded:
        case Keyword::kAgo:
        case Keyword::kBefore:
        case Keyword::kAfter:
        case Keyword::kNight:
        case Keyword::kPartOfDay:
          return false;
        default:
          return t.lex.kind != LexKind::kNone;
      }
    default:
      return false;
  }
}

std::optional<Match> Matcher::match_at(std::size_t i) const {
  // "every Friday", "each May", "every week": sets of dates are not indexed as one of them.
  if (i > 0 && t_[i - 1].kind == TokenKind::kWord && t_[i - 1].lex.has(kEvery)) return std::nullopt;
  // Longer and more specific patterns first: "Friday, Oct. 20" before "Friday", "the week ended
  // February 22" before "February 22", "mid-2024" before "2024".
  if (auto m = iso_date(i)) return m;
  if (auto m = weekday_date(i)) return m;
  if (auto m = week_ended(i)) return m;
  if (auto m = modified(i)) return m;
  if (auto m = deictic_day(i)) return m;
  if (auto m = shifted(i)) return m;
  if (auto m = ago(i)) return m;
  if (auto m = decade(i, false)) return m;
  if (auto m = month_first(i, false)) return m;
  if (auto m = day_first(i)) return m;
  if (auto m = year(i, YearContext::kBare)) return m;
  if (auto m = weekday(i)) return m;
  return std::nullopt;
}

}  // namespace newsarchive::temporal::detail
