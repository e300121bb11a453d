#include "foreign_dates.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "newsarchive/text/calendar_names.h"
#include "newsarchive/text/utf8.h"

namespace newsarchive::temporal::detail {
namespace {

struct Tok {
  enum class Kind : std::uint8_t { kWord, kNumber, kPunct };
  std::size_t begin = 0, end = 0;
  Kind kind = Kind::kPunct;
  std::string lower;  // a word in lower case; a number's letters right after its digits
  int number = 0;
  int digits = 0;
  char punct = 0;  // ASCII punctuation; '\'' for any apostrophe, '-' for any dash, '~' else
  bool space_before = true;
  bool capitalised = false;
  bool sentence_start = false;
};

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xD7 || c == 0xF7) return false;  // × ÷
  return c >= 0xC0 && !(c >= 0x2000 && c <= 0x2BFF) && c != 0x3000 && c != 0xFEFF;
}

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x410 && c <= 0x42F) || c == 0x401;
}

// Lower case for ASCII, Latin-1 and Russian letters: all that the names and words compared are.
char32_t to_lower(char32_t c) {
  if (!is_upper(c)) return c;
  if (c == 0x401) return 0x451;  // Ё
  return c + 0x20;
}

char punct_of(char32_t c) {
  if (c < 0x80) return static_cast<char>(c);
  if (c == 0x2019 || c == 0x2018) return '\'';
  if (c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011) return '-';
  return '~';
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

// Number suffixes: French "1er", Spanish/Portuguese/Italian "1º", "1.º", "1°".
bool is_ordinal_mark(char32_t c) {
  return c == 0xBA || c == 0xAA || c == 0xB0;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  std::vector<Tok> run() {
    while (pos_ < text_.size()) {
      std::size_t len = 0;
      const char32_t c = text::decode_utf8(text_, pos_, len);
      if (is_space(c)) {
        if (c == '\n' && at('\n', pos_ + len)) sentence_ends_ = true;  // a blank line
        space_ = true;
        pos_ += len;
      } else if (text_[pos_] >= '0' && text_[pos_] <= '9') {
        // The byte, not the decoded character: an overlong form of a digit ("\xC0\xB3") is
        // no digit to number(), which would then take nothing and never move on.
        number();
      } else if (is_letter(c)) {
        word();
      } else {
        punct(c, len);
      }
    }
    return std::move(out_);
  }

 private:
  bool at(char ascii, std::size_t p) const { return p < text_.size() && text_[p] == ascii; }

  Tok& start(Tok::Kind kind) {
    Tok& t = out_.emplace_back();
    t.kind = kind;
    t.begin = pos_;
    t.space_before = space_;
    t.sentence_start = sentence_ends_ || out_.size() == 1;
    space_ = sentence_ends_ = false;
    return t;
  }

  void number() {
    Tok& t = start(Tok::Kind::kNumber);
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      t.number = std::min(t.number * 10 + (text_[pos_] - '0'), 100000);
      ++t.digits;
      ++pos_;
    }
    letters(t, /*ordinal_marks=*/true);
    t.end = pos_;
  }

  void word() {
    Tok& t = start(Tok::Kind::kWord);
    std::size_t len = 0;
    t.capitalised = is_upper(text::decode_utf8(text_, pos_, len));
    letters(t, false);
    t.end = pos_;
  }

  void letters(Tok& t, bool ordinal_marks) {
    while (pos_ < text_.size()) {
      std::size_t len = 0;
      const char32_t c = text::decode_utf8(text_, pos_, len);
      if (!is_letter(c) && !(ordinal_marks && is_ordinal_mark(c))) break;
      text::append_utf8(t.lower, to_lower(c));
      pos_ += len;
    }
  }

  void punct(char32_t c, std::size_t len) {
    Tok& t = start(Tok::Kind::kPunct);
    t.punct = punct_of(c);
    pos_ += len;
    t.end = pos_;
    // A full stop after a number of one or two digits is a German ordinal ("am 4. Mai").
    const bool ordinal = t.punct == '.' && out_.size() > 1 &&
                         out_[out_.size() - 2].kind == Tok::Kind::kNumber &&
                         out_[out_.size() - 2].digits <= 2 && !t.space_before;
    const bool stop = (t.punct == '.' && !ordinal) || t.punct == '!' || t.punct == '?';
    if (stop && (pos_ >= text_.size() || text_[pos_] == ' ' || text_[pos_] == '\n'))
      sentence_ends_ = true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  bool space_ = true;
  bool sentence_ends_ = false;
  std::vector<Tok> out_;
};

bool contains(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool ends_with_any(std::span<const std::string_view> endings, std::string_view w) {
  return std::any_of(endings.begin(), endings.end(),
                     [w](std::string_view e) { return w.size() > e.size() + 2 && w.ends_with(e); });
}

struct Match {
  std::size_t first, last;  // tokens [first, last)
  DateSpec spec;
};

// The patterns, tried at each token.
class Patterns {
 public:
  Patterns(const std::vector<Tok>& toks, const ForeignLexicon& lex) : t_(toks), lex_(lex) {}

  std::optional<Match> at(std::size_t i) const {
    if (auto m = iso(i)) return m;
    if (auto m = relative(i)) return m;
    if (auto m = weekday_and_date(i)) return m;
    if (auto m = day_month(i)) return m;
    if (auto m = month_led(i)) return m;
    if (auto m = year(i)) return m;
    return weekday(i);
  }

  bool speaks_of_future(std::size_t first, std::size_t last) const {
    // The nearest cue before the expression within its sentence, else the nearest after it.
    for (std::size_t k = first, seen = 0; k > 0 && seen < kCueWindow && !t_[k].sentence_start;
         ++seen) {
      if (const auto cue = tense_of(--k)) return *cue;
    }
    for (std::size_t k = last, seen = 0; k < t_.size() && seen < kCueWindow / 2; ++k, ++seen) {
      if (t_[k].sentence_start) break;
      if (const auto cue = tense_of(k)) return *cue;
    }
    return false;
  }

 private:
  static constexpr std::size_t kCueWindow = 8;

  std::optional<bool> tense_of(std::size_t k) const {
    if (t_[k].kind != Tok::Kind::kWord) return std::nullopt;
    const std::string& w = t_[k].lower;
    // "più del previsto", "más de lo previsto", "plus que prévu": a comparison, not a plan.
    static constexpr std::string_view kComparison[] = {"del", "lo", "que", "o", "als"};
    if (k > 0 && in(k - 1, kComparison) && contains(lex_.future_words, w)) return std::nullopt;
    if (contains(lex_.future_words, w) || ends_with_any(lex_.future_endings, w)) return true;
    if (contains(lex_.past_words, w) || ends_with_any(lex_.past_endings, w)) return false;
    return std::nullopt;
  }

  bool word(std::size_t i) const { return i < t_.size() && t_[i].kind == Tok::Kind::kWord; }
  bool word_is(std::size_t i, std::string_view w) const { return word(i) && t_[i].lower == w; }
  bool punct_is(std::size_t i, char c) const {
    return i < t_.size() && t_[i].kind == Tok::Kind::kPunct && t_[i].punct == c;
  }
  bool in(std::size_t i, std::span<const std::string_view> list) const {
    return word(i) && contains(list, t_[i].lower);
  }
  // An apostrophe or hyphen that joins two words ("aujourd'hui", "mi-juin").
  bool joiner(std::size_t i) const { return punct_is(i, '\'') || punct_is(i, '-'); }

  unsigned month_at(std::size_t i) const {
    return word(i) ? text::month_number(lex_.language, t_[i].lower) : 0;
  }

  // The end of `phrase` matched from token i, or nothing.
  std::optional<std::size_t> phrase_end(std::size_t i, std::string_view phrase) const {
    std::size_t k = i;
    while (!phrase.empty()) {
      const auto space = phrase.find(' ');
      const auto w = phrase.substr(0, space);
      if (k > i && joiner(k)) ++k;
      if (!word_is(k, w)) return std::nullopt;
      ++k;
      phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    }
    return k;
  }

  // The word before token i, past a joiner and the linkers ("a finales de julio", "d'août").
  std::size_t before(std::size_t i) const {
    std::size_t k = i;
    if (k > 0 && joiner(k - 1)) --k;
    while (k > 0 && (in(k - 1, lex_.linkers) || word_is(k - 1, "d") || word_is(k - 1, "de"))) {
      --k;
      if (k > 0 && joiner(k - 1)) --k;
    }
    return k == 0 ? t_.size() : k - 1;
  }

  std::optional<Match> iso(std::size_t i) const {
    const auto& y = t_[i];
    if (y.kind != Tok::Kind::kNumber || y.digits != 4 || !y.lower.empty()) return std::nullopt;
    if (!punct_is(i + 1, '-') || i + 4 >= t_.size() || !punct_is(i + 3, '-')) return std::nullopt;
    const auto &m = t_[i + 2], &d = t_[i + 4];
    if (m.kind != Tok::Kind::kNumber || d.kind != Tok::Kind::kNumber || m.digits != 2 ||
        d.digits != 2 || m.space_before || d.space_before)
      return std::nullopt;
    return Match{i, i + 5, absolute_day(y.number, m.number, d.number)};
  }

  static DateSpec absolute_day(int y, int m, int d) {
    DateSpec s;
    s.year = y;
    s.month = static_cast<unsigned>(m);
    s.day = static_cast<unsigned>(d);
    return s;
  }

  std::optional<Match> relative(std::size_t i) const {
    if (!word(i)) return std::nullopt;
    for (const auto& p : lex_.relative) {
      const auto end = phrase_end(i, p.words);
      if (!end || !relative_word_means_a_day(i, *end)) continue;
      DateSpec s;
      s.kind = DateSpec::Kind::kOffset;
      s.granularity = p.unit;
      s.offset = p.offset;
      return Match{i, *end, s};
    }
    return std::nullopt;
  }

  // "mañana" is also the morning ("por la mañana") and German "Morgen" the morning ("am
  // Morgen"): the word alone means tomorrow only in other company.
  bool relative_word_means_a_day(std::size_t i, std::size_t end) const {
    if (end != i + 1) return true;
    const std::string& w = t_[i].lower;
    if (w == "mañana") {
      const std::size_t b = i == 0 ? t_.size() : i - 1;
      return !(word_is(b, "la") || word_is(b, "por") || word_is(b, "de") || word_is(b, "una") ||
               word_is(b, "cada") || word_is(b, "media"));
    }
    if (w == "morgen") return !t_[i].capitalised || t_[i].sentence_start;
    return true;
  }

  // A day of the month: "2", "1er", "1º", German "4." (the full stop is part of it).
  std::optional<std::size_t> day_end(std::size_t i, int& day) const {
    if (i >= t_.size() || t_[i].kind != Tok::Kind::kNumber || t_[i].digits > 2) return std::nullopt;
    const std::string& suffix = t_[i].lower;
    if (!suffix.empty() && suffix != "er" && suffix != "re" && suffix != "º" && suffix != "°" &&
        suffix != "o")
      return std::nullopt;
    day = t_[i].number;
    if (day < 1 || day > 31) return std::nullopt;
    std::size_t k = i + 1;
    if (punct_is(k, '.') && !t_[k].space_before) {
      ++k;  // "4. Mai", "1.º de maio"
      if (punct_is(k, '~') && !t_[k].space_before) ++k;
    }
    return k;
  }

  // A year after a month: "juin 2024", "julio de 2024", "мая 2024 года".
  std::optional<std::size_t> year_end(std::size_t k, int& y) const {
    if (punct_is(k, ',')) ++k;
    if (in(k, lex_.linkers)) ++k;
    if (k >= t_.size() || t_[k].kind != Tok::Kind::kNumber || t_[k].digits != 4 ||
        !t_[k].lower.empty())
      return std::nullopt;
    y = t_[k].number;
    ++k;
    if (in(k, lex_.year_after)) ++k;
    if (k < t_.size() && word_is(k - 1, "г") && punct_is(k, '.')) ++k;
    return k;
  }

  std::optional<Match> day_month(std::size_t i) const {
    int day = 0;
    const auto after_day = day_end(i, day);
    if (!after_day) return std::nullopt;
    std::size_t k = *after_day;
    if (in(k, lex_.linkers)) ++k;
    const unsigned month = month_at(k);
    if (month == 0) return std::nullopt;
    ++k;
    // The full stop of a short form ("janv. 2024") belongs to the date only before its year;
    // otherwise it ends the sentence ("le 2 juin.").
    if (int y = 0; punct_is(k, '.') && !t_[k].space_before && year_end(k + 1, y)) ++k;
    DateSpec s;
    s.month = month;
    s.day = static_cast<unsigned>(day);
    int y = 0;
    if (const auto end = year_end(k, y)) {
      s.year = y;
      return Match{i, *end, s};
    }
    s.kind = DateSpec::Kind::kMonthDay;
    return Match{i, k, s};
  }

  std::optional<Match> month_led(std::size_t i) const {
    const unsigned month = month_at(i);
    if (month == 0) return std::nullopt;
    DateSpec s;
    s.month = month;
    int y = 0;
    if (const auto end = year_end(i + 1, y)) {
      s.granularity = DateGranularity::kMonth;
      s.year = y;
      return Match{i, *end, s};
    }
    if (!in(before(i), lex_.month_context)) return std::nullopt;
    s.kind = DateSpec::Kind::kMonth;
    s.granularity = DateGranularity::kMonth;
    std::size_t end = i + 1;
    s.direction = direction_around(before(i), end);
    return Match{i, end, s};
  }

  // "dernier"/"prochain" after a name (which it then includes), or "pasado"/"nächsten" before it.
  Direction direction_around(std::size_t before_word, std::size_t& end) const {
    if (in(end, lex_.last_words)) return ++end, Direction::kLast;
    if (in(end, lex_.next_words)) return ++end, Direction::kNext;
    if (in(before_word, lex_.last_words)) return Direction::kLast;
    if (in(before_word, lex_.next_words)) return Direction::kNext;
    return Direction::kByTense;
  }

  std::optional<Match> year(std::size_t i) const {
    const auto& y = t_[i];
    if (y.kind != Tok::Kind::kNumber || y.digits != 4 || !y.lower.empty() || y.number < 1000)
      return std::nullopt;
    const bool context = in(before(i), lex_.year_context) || in(i + 1, lex_.year_after);
    if (!context || punct_is(i + 1, '%')) return std::nullopt;
    DateSpec s;
    s.granularity = DateGranularity::kYear;
    s.year = y.number;
    std::size_t end = i + 1;
    if (in(end, lex_.year_after)) ++end;
    return Match{i, end, s};
  }

  // A weekday name, and where it ends ("segunda-feira" takes its "-feira").
  std::optional<std::pair<unsigned, std::size_t>> weekday_name(std::size_t i) const {
    if (!word(i)) return std::nullopt;
    const int d = text::weekday_number(lex_.language, t_[i].lower);
    if (d < 0) return std::nullopt;
    if (t_[i].capitalised && !t_[i].sentence_start && !lex_.capitalises_weekdays)
      return std::nullopt;  // a name: "Plácido Domingo"
    if (lex_.language == "pt" && d >= 1 && d <= 5) {
      // "segunda" is also "second": the day is "segunda-feira", or "na segunda" alone.
      if (punct_is(i + 1, '-') && word_is(i + 2, "feira")) return std::pair{unsigned(d), i + 3};
      const bool alone = i + 1 >= t_.size() || t_[i + 1].kind == Tok::Kind::kPunct;
      const std::size_t b = i == 0 ? t_.size() : i - 1;
      if (!(alone && (word_is(b, "na") || word_is(b, "nesta") || word_is(b, "até"))))
        return std::nullopt;
    }
    return std::pair{unsigned(d), i + 1};
  }

  // "lundi 3 juin", "Montag, den 3. Juni", "el lunes 3 de junio": the weekday picks the year.
  std::optional<Match> weekday_and_date(std::size_t i) const {
    const auto name = weekday_name(i);
    if (!name) return std::nullopt;
    std::size_t k = name->second;
    if (punct_is(k, ',')) ++k;
    if (word_is(k, "den") || word_is(k, "el") || word_is(k, "le") || word_is(k, "il")) ++k;
    auto m = day_month(k);
    if (!m) return std::nullopt;
    m->first = i;
    if (m->spec.kind == DateSpec::Kind::kMonthDay) m->spec.weekday_hint = name->first;
    return m;
  }

  std::optional<Match> weekday(std::size_t i) const {
    const auto name = weekday_name(i);
    if (!name) return std::nullopt;
    DateSpec s;
    s.kind = DateSpec::Kind::kWeekday;
    s.weekday = name->first;
    std::size_t end = name->second;
    s.direction = direction_around(i == 0 ? t_.size() : i - 1, end);
    if (s.direction == Direction::kNext) s.direction = Direction::kComing;
    return Match{i, end, s};
  }

  const std::vector<Tok>& t_;
  const ForeignLexicon& lex_;
};

}  // namespace

std::vector<ForeignDate> find_foreign_dates(std::string_view text, const ForeignLexicon& lexicon) {
  const auto tokens = Tokenizer(text).run();
  const Patterns patterns(tokens, lexicon);
  std::vector<ForeignDate> out;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto m = patterns.at(i);
    if (!m) {
      ++i;
      continue;
    }
    out.push_back({tokens[m->first].begin, tokens[m->last - 1].end, m->spec,
                   patterns.speaks_of_future(m->first, m->last)});
    i = m->last;
  }
  return out;
}

}  // namespace newsarchive::temporal::detail
