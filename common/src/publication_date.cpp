#include "newsarchive/common/publication_date.h"

#include <date/date.h>

#include "newsarchive/text/calendar_names.h"
#include "newsarchive/text/text.h"

#include <array>
#include <cctype>
#include <charconv>
#include <vector>

namespace newsarchive {
namespace {

using namespace std::chrono;

struct Token {
  enum Kind { kNumber, kWord, kPunct } kind;
  std::string_view text;  // words lower-cased in `lowered`
  std::string lowered;
  long long value = 0;
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// Writes `value` as `width` zero-padded digits at `at`.
void put_digits(std::string& out, std::size_t at, std::size_t width, int value) {
  for (std::size_t k = width; k-- > 0; value /= 10)
    out[at + k] = static_cast<char>('0' + value % 10);
}

// The years the fast formatters handle; date::format writes the others (sign, five digits).
bool four_digit_year(const year_month_day& ymd) {
  return ymd.ok() && static_cast<int>(ymd.year()) >= 0 && static_cast<int>(ymd.year()) <= 9999;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (is_digit(c)) {
      std::size_t j = i;
      while (j < s.size() && is_digit(s[j])) ++j;
      Token t{Token::kNumber, s.substr(i, j - i), {}, 0};
      if (j - i > 18) return {};
      std::from_chars(s.data() + i, s.data() + j, t.value);
      out.push_back(std::move(t));
      i = j;
    } else if (is_alpha(c)) {
      std::size_t j = i;
      while (j < s.size() && is_alpha(s[j])) ++j;
      Token t{Token::kWord, s.substr(i, j - i), {}, 0};
      for (char k : t.text)
        t.lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(k)));
      out.push_back(std::move(t));
      i = j;
    } else {
      out.push_back({Token::kPunct, s.substr(i, 1), {}, 0});
      ++i;
    }
  }
  return out;
}

using text::month_number;

// A weekday, written whole or cut short ("Wed", "Thurs").
bool is_weekday(std::string_view w) {
  for (auto d : text::kWeekdayNames)
    if (w == d || (w.size() >= 3 && w.size() < d.size() && d.starts_with(w))) return true;
  return false;
}

// Zone abbreviations carry no rule that a time-zone database could look up ("IST" is three
// different zones), so the ones news feeds actually use are listed with the offsets RFC 2822
// and the wire services give them. Anything else is refused rather than guessed.
std::optional<minutes> zone_offset(std::string_view w) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr std::array<Zone, 22> kZones{{
      {"z", 0},      {"ut", 0},     {"utc", 0},    {"gmt", 0},    {"est", -300}, {"edt", -240},
      {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
      {"bst", 60},   {"cet", 60},   {"cest", 120}, {"eet", 120},  {"eest", 180}, {"msk", 180},
      {"jst", 540},  {"hkt", 480},  {"aest", 600}, {"aedt", 660},
  }};
  for (const auto& z : kZones)
    if (z.name == w) return minutes(z.minutes);
  return std::nullopt;
}

struct Parts {
  int year = -1, month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  bool has_time = false;
  minutes offset{0};
};

std::optional<PublicationDate> assemble(const Parts& p) {
  if (p.year < 0 || p.month == 0 || p.day == 0) return std::nullopt;
  const year_month_day ymd{year{p.year}, month{unsigned(p.month)}, day{unsigned(p.day)}};
  if (!ymd.ok()) return std::nullopt;
  if (p.hour > 24 || p.minute > 59 || p.second > 60) return std::nullopt;
  const sys_days d{ymd};
  return PublicationDate{
      Timestamp{d} + hours(p.hour) + minutes(p.minute) + seconds(p.second) - p.offset, p.has_time};
}

// "+0200", "-05:00", "+02", "-5" as a signed offset; `i` points at the sign.
bool read_numeric_offset(const std::vector<Token>& t, std::size_t& i, minutes& out) {
  if (i + 1 >= t.size() || t[i + 1].kind != Token::kNumber) return false;
  const int sign = t[i].text == "-" ? -1 : 1;
  const auto& n = t[i + 1];
  int h, m = 0;
  std::size_t used = 2;
  if (n.text.size() == 4) {
    h = int(n.value / 100);
    m = int(n.value % 100);
  } else if (n.text.size() <= 2) {
    h = int(n.value);
    if (i + 3 < t.size() && t[i + 2].text == ":" && t[i + 3].kind == Token::kNumber) {
      if (t[i + 3].value > 59) return false;  // checked before narrowing, which could wrap
      m = int(t[i + 3].value);
      used = 4;
    }
  } else {
    return false;
  }
  if (h > 14 || m > 59) return false;
  out = minutes(sign * (h * 60 + m));
  i += used;
  return true;
}

// Reads "H:MM[:SS[.frac]] [am|pm]" starting at t[i] (a number followed by ':').
bool read_time(const std::vector<Token>& t, std::size_t& i, Parts& p) {
  if (i + 2 >= t.size() || t[i + 2].kind != Token::kNumber) return false;
  // Checked before narrowing to int: eighteen digits would wrap round to a small or negative
  // hour and pass assemble()'s checks.
  if (t[i].value > 24 || t[i + 2].value > 59) return false;
  p.hour = int(t[i].value);
  p.minute = int(t[i + 2].value);
  i += 3;
  if (i + 1 < t.size() && t[i].text == ":" && t[i + 1].kind == Token::kNumber) {
    if (t[i + 1].value > 60) return false;
    p.second = int(t[i + 1].value);
    i += 2;
    if (i + 1 < t.size() && (t[i].text == "." || t[i].text == ",") &&
        t[i + 1].kind == Token::kNumber)
      i += 2;  // fractions of a second are below our resolution
  }
  if (i < t.size() && t[i].kind == Token::kWord && (t[i].lowered == "am" || t[i].lowered == "pm")) {
    if (p.hour < 1 || p.hour > 12) return false;
    if (t[i].lowered == "am" && p.hour == 12) p.hour = 0;
    if (t[i].lowered == "pm" && p.hour != 12) p.hour += 12;
    ++i;
  }
  p.has_time = true;
  return true;
}

// The written forms: any order of month name, day, year, time and zone, which covers RFC 2822,
// "Fri Oct 20, 2006 4:25pm EDT", "26-FEB-1987 15:01:01.79", "November 15, 2023" and
// "15 Nov 2023". Each part may appear once; an unknown word rejects the whole text.
std::optional<PublicationDate> parse_written(std::string_view s) {
  const auto t = tokenize(s);
  if (t.empty()) return std::nullopt;
  Parts p;
  bool has_zone = false;
  for (std::size_t i = 0; i < t.size();) {
    const Token& k = t[i];
    if (k.kind == Token::kNumber) {
      if (i + 1 < t.size() && t[i + 1].text == ":") {
        if (p.has_time || !read_time(t, i, p)) return std::nullopt;
        continue;
      }
      if (k.text.size() == 4 && p.year < 0) {
        p.year = int(k.value);
      } else if (k.text.size() <= 2 && p.day == 0 && k.value >= 1 && k.value <= 31) {
        p.day = int(k.value);
        // Ordinal suffixes: "15th", "1st".
        if (i + 1 < t.size() && t[i + 1].kind == Token::kWord &&
            (t[i + 1].lowered == "st" || t[i + 1].lowered == "nd" || t[i + 1].lowered == "rd" ||
             t[i + 1].lowered == "th"))
          ++i;
      } else if (k.text.size() == 2 && p.day != 0 && p.year < 0 && p.month != 0) {
        // RFC 822's two-digit years, read as RFC 2822 says.
        p.year = int(k.value) < 50 ? 2000 + int(k.value) : 1900 + int(k.value);
      } else {
        return std::nullopt;
      }
      ++i;
    } else if (k.kind == Token::kWord) {
      if (const int m = month_number(k.lowered); m && p.month == 0) {
        p.month = m;
      } else if (is_weekday(k.lowered) || k.lowered == "at" || k.lowered == "on" ||
                 k.lowered == "of" || k.lowered == "the") {
        // carries no information beyond the date itself
      } else if (const auto z = zone_offset(k.lowered); z && p.has_time && !has_zone) {
        p.offset = *z;
        has_zone = true;
      } else {
        return std::nullopt;
      }
      ++i;
    } else if ((k.text == "+" || k.text == "-") && p.has_time && !has_zone) {
      if (!read_numeric_offset(t, i, p.offset)) return std::nullopt;
      has_zone = true;
    } else if (k.text == "(") {
      break;  // an RFC 2822 comment such as "(EST)" ends the useful part
    } else if (k.text == "," || k.text == "." || k.text == "-" || k.text == "/") {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return assemble(p);
}

bool digits_at(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i)
    if (!is_digit(s[i])) return false;
  return true;
}

int number_at(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  std::from_chars(s.data() + pos, s.data() + pos + n, v);
  return v;
}

// ISO 8601 / RFC 3339: YYYY-MM-DD[(T| )HH:MM[:SS[.frac]]][Z|±HH[:MM]|±HHMM]
std::optional<PublicationDate> parse_iso(std::string_view s) {
  if (!(digits_at(s, 0, 4) && s.size() >= 10 && s[4] == '-' && digits_at(s, 5, 2) && s[7] == '-' &&
        digits_at(s, 8, 2)))
    return std::nullopt;
  Parts p{number_at(s, 0, 4), number_at(s, 5, 2), number_at(s, 8, 2)};
  std::size_t i = 10;
  if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ') && digits_at(s, i + 1, 2) &&
      i + 3 < s.size() && s[i + 3] == ':' && digits_at(s, i + 4, 2)) {
    p.hour = number_at(s, i + 1, 2);
    p.minute = number_at(s, i + 4, 2);
    p.has_time = true;
    i += 6;
    if (i < s.size() && s[i] == ':' && digits_at(s, i + 1, 2)) {
      p.second = number_at(s, i + 1, 2);
      i += 3;
      if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
      }
    }
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size()) {
      if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
      } else if (s[i] == '+' || s[i] == '-') {
        const int sign = s[i] == '-' ? -1 : 1;
        if (!digits_at(s, i + 1, 2)) return std::nullopt;
        int h = number_at(s, i + 1, 2), m = 0;
        i += 3;
        if (i < s.size() && s[i] == ':') ++i;
        if (digits_at(s, i, 2)) {
          m = number_at(s, i, 2);
          i += 2;
        }
        if (h > 14 || m > 59) return std::nullopt;  // no zone is further from UTC than 14 hours
        p.offset = minutes(sign * (h * 60 + m));
      } else {
        // "UTC", "GMT", "EST" after an ISO time
        const auto z = zone_offset(text::to_lower_ascii(s.substr(i)));
        if (!z) return std::nullopt;
        p.offset = *z;
        i = s.size();
      }
    }
  }
  if (i != s.size()) return std::nullopt;
  return assemble(p);
}

}  // namespace

std::optional<PublicationDate> read_publication_date(std::string_view text_in) {
  std::string_view s = text::trim(text_in);
  // Reuters-21578 appends control characters and desk codes after the time ("...59.13\x05\x05F").
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0x20 && s[i] != ' ') {
      s = text::trim(s.substr(0, i));
      break;
    }
  }
  if (s.empty()) return std::nullopt;
  // Unix seconds: at least nine digits, so that no year or YYYYMMDD is taken for one.
  if (s.size() >= 9 && s.size() <= 12 && digits_at(s, 0, s.size())) {
    long long v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return PublicationDate{Timestamp{seconds(v)}, true};
  }
  if (auto iso = parse_iso(s)) return iso;
  return parse_written(s);
}

std::optional<Timestamp> parse_publication_date(std::string_view text) {
  if (const auto d = read_publication_date(text)) return d->instant;
  return std::nullopt;
}

bool set_publication_date(Article& a, std::string_view text) {
  const auto d = read_publication_date(text);
  if (!d) return false;
  a.published = d->instant;
  a.published_has_time = d->has_time;
  return true;
}

std::string format_publication_date(Timestamp t, bool has_time) {
  return has_time ? format_iso8601(t) : format_day(t);
}

// Formatted by hand: date::format goes through an ostream and its locale, which was 3% of a
// search (every hit's date is formatted) in callgrind.
std::string format_iso8601(Timestamp t) {
  const auto midnight = floor<days>(t);
  const year_month_day ymd{midnight};
  if (!four_digit_year(ymd)) return date::format("%Y-%m-%dT%H:%M:%SZ", t);
  const hh_mm_ss clock{t - midnight};
  std::string out = "0000-00-00T00:00:00Z";
  put_digits(out, 0, 4, static_cast<int>(ymd.year()));
  put_digits(out, 5, 2, static_cast<int>(static_cast<unsigned>(ymd.month())));
  put_digits(out, 8, 2, static_cast<int>(static_cast<unsigned>(ymd.day())));
  put_digits(out, 11, 2, static_cast<int>(clock.hours().count()));
  put_digits(out, 14, 2, static_cast<int>(clock.minutes().count()));
  put_digits(out, 17, 2, static_cast<int>(clock.seconds().count()));
  return out;
}

int calendar_year(Timestamp t) {
  return int(year_month_day{floor<days>(t)}.year());
}

std::string format_day(Timestamp t) {
  const year_month_day ymd{floor<days>(t)};
  if (!four_digit_year(ymd)) return date::format("%Y-%m-%d", floor<days>(t));
  std::string out = "0000-00-00";
  put_digits(out, 0, 4, static_cast<int>(ymd.year()));
  put_digits(out, 5, 2, static_cast<int>(static_cast<unsigned>(ymd.month())));
  put_digits(out, 8, 2, static_cast<int>(static_cast<unsigned>(ymd.day())));
  return out;
}

}  // namespace newsarchive
