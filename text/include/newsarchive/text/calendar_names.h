// Month and weekday names (English, and below French, Spanish, Portuguese, Italian, German and
// Russian), the one table the date parser, the date resolver and the
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

// ---- Other languages ----
// A month or weekday name in a language other than English, lower case, as news writes it: the
// full name and the usual short form (French "janv", German "Okt"), the spellings without
// accents that some copy uses, and the Russian forms that a date takes ("5 мая" is the genitive of
// "май", "в мае" the prepositional). `value` is the month 1..12, or the weekday counted from
// Sunday (0) as std::chrono::weekday does.
struct CalendarWord {
  std::string_view language;  // ISO 639-1
  std::string_view word;
  unsigned value;
};

inline constexpr std::array kForeignMonthNames{
    CalendarWord{"fr", "janvier", 1},    CalendarWord{"fr", "janv", 1},
    CalendarWord{"fr", "février", 2},    CalendarWord{"fr", "fevrier", 2},
    CalendarWord{"fr", "févr", 2},       CalendarWord{"fr", "fevr", 2},
    CalendarWord{"fr", "mars", 3},       CalendarWord{"fr", "avril", 4},
    CalendarWord{"fr", "avr", 4},        CalendarWord{"fr", "mai", 5},
    CalendarWord{"fr", "juin", 6},       CalendarWord{"fr", "juillet", 7},
    CalendarWord{"fr", "juil", 7},       CalendarWord{"fr", "août", 8},
    CalendarWord{"fr", "aout", 8},       CalendarWord{"fr", "septembre", 9},
    CalendarWord{"fr", "sept", 9},       CalendarWord{"fr", "octobre", 10},
    CalendarWord{"fr", "oct", 10},       CalendarWord{"fr", "novembre", 11},
    CalendarWord{"fr", "nov", 11},       CalendarWord{"fr", "décembre", 12},
    CalendarWord{"fr", "decembre", 12},  CalendarWord{"fr", "déc", 12},
    CalendarWord{"fr", "dec", 12},       CalendarWord{"es", "enero", 1},
    CalendarWord{"es", "febrero", 2},    CalendarWord{"es", "marzo", 3},
    CalendarWord{"es", "abril", 4},      CalendarWord{"es", "mayo", 5},
    CalendarWord{"es", "junio", 6},      CalendarWord{"es", "julio", 7},
    CalendarWord{"es", "agosto", 8},     CalendarWord{"es", "septiembre", 9},
    CalendarWord{"es", "setiembre", 9},  CalendarWord{"es", "octubre", 10},
    CalendarWord{"es", "noviembre", 11}, CalendarWord{"es", "diciembre", 12},
    CalendarWord{"pt", "janeiro", 1},    CalendarWord{"pt", "fevereiro", 2},
    CalendarWord{"pt", "março", 3},      CalendarWord{"pt", "marco", 3},
    CalendarWord{"pt", "abril", 4},      CalendarWord{"pt", "maio", 5},
    CalendarWord{"pt", "junho", 6},      CalendarWord{"pt", "julho", 7},
    CalendarWord{"pt", "agosto", 8},     CalendarWord{"pt", "setembro", 9},
    CalendarWord{"pt", "outubro", 10},   CalendarWord{"pt", "novembro", 11},
    CalendarWord{"pt", "dezembro", 12},  CalendarWord{"it", "gennaio", 1},
    CalendarWord{"it", "febbraio", 2},   CalendarWord{"it", "marzo", 3},
    CalendarWord{"it", "aprile", 4},     CalendarWord{"it", "maggio", 5},
    CalendarWord{"it", "giugno", 6},     CalendarWord{"it", "luglio", 7},
    CalendarWord{"it", "agosto", 8},     CalendarWord{"it", "settembre", 9},
    CalendarWord{"it", "ottobre", 10},   CalendarWord{"it", "novembre", 11},
    CalendarWord{"it", "dicembre", 12},  CalendarWord{"de", "januar", 1},
    CalendarWord{"de", "jänner", 1},     CalendarWord{"de", "jan", 1},
    CalendarWord{"de", "februar", 2},    CalendarWord{"de", "feb", 2},
    CalendarWord{"de", "märz", 3},       CalendarWord{"de", "maerz", 3},
    CalendarWord{"de", "april", 4},      CalendarWord{"de", "apr", 4},
    CalendarWord{"de", "mai", 5},        CalendarWord{"de", "juni", 6},
    CalendarWord{"de", "juli", 7},       CalendarWord{"de", "august", 8},
    CalendarWord{"de", "aug", 8},        CalendarWord{"de", "september", 9},
    CalendarWord{"de", "sept", 9},       CalendarWord{"de", "sep", 9},
    CalendarWord{"de", "oktober", 10},   CalendarWord{"de", "okt", 10},
    CalendarWord{"de", "november", 11},  CalendarWord{"de", "nov", 11},
    CalendarWord{"de", "dezember", 12},  CalendarWord{"de", "dez", 12},
    CalendarWord{"ru", "январь", 1},     CalendarWord{"ru", "января", 1},
    CalendarWord{"ru", "январе", 1},     CalendarWord{"ru", "февраль", 2},
    CalendarWord{"ru", "февраля", 2},    CalendarWord{"ru", "феврале", 2},
    CalendarWord{"ru", "март", 3},       CalendarWord{"ru", "марта", 3},
    CalendarWord{"ru", "марте", 3},      CalendarWord{"ru", "апрель", 4},
    CalendarWord{"ru", "апреля", 4},     CalendarWord{"ru", "апреле", 4},
    CalendarWord{"ru", "май", 5},        CalendarWord{"ru", "мая", 5},
    CalendarWord{"ru", "мае", 5},        CalendarWord{"ru", "июнь", 6},
    CalendarWord{"ru", "июня", 6},       CalendarWord{"ru", "июне", 6},
    CalendarWord{"ru", "июль", 7},       CalendarWord{"ru", "июля", 7},
    CalendarWord{"ru", "июле", 7},       CalendarWord{"ru", "август", 8},
    CalendarWord{"ru", "августа", 8},    CalendarWord{"ru", "августе", 8},
    CalendarWord{"ru", "сентябрь", 9},   CalendarWord{"ru", "сентября", 9},
    CalendarWord{"ru", "сентябре", 9},   CalendarWord{"ru", "октябрь", 10},
    CalendarWord{"ru", "октября", 10},   CalendarWord{"ru", "октябре", 10},
    CalendarWord{"ru", "ноябрь", 11},    CalendarWord{"ru", "ноября", 11},
    CalendarWord{"ru", "ноябре", 11},    CalendarWord{"ru", "декабрь", 12},
    CalendarWord{"ru", "декабря", 12},   CalendarWord{"ru", "декабре", 12},
};

inline constexpr std::array kForeignWeekdayNames{
    CalendarWord{"fr", "lundi", 1},       CalendarWord{"fr", "mardi", 2},
    CalendarWord{"fr", "mercredi", 3},    CalendarWord{"fr", "jeudi", 4},
    CalendarWord{"fr", "vendredi", 5},    CalendarWord{"fr", "samedi", 6},
    CalendarWord{"fr", "dimanche", 0},    CalendarWord{"es", "lunes", 1},
    CalendarWord{"es", "martes", 2},      CalendarWord{"es", "miércoles", 3},
    CalendarWord{"es", "miercoles", 3},   CalendarWord{"es", "jueves", 4},
    CalendarWord{"es", "viernes", 5},     CalendarWord{"es", "sábado", 6},
    CalendarWord{"es", "sabado", 6},      CalendarWord{"es", "domingo", 0},
    CalendarWord{"pt", "segunda", 1},     CalendarWord{"pt", "terça", 2},
    CalendarWord{"pt", "terca", 2},       CalendarWord{"pt", "quarta", 3},
    CalendarWord{"pt", "quinta", 4},      CalendarWord{"pt", "sexta", 5},
    CalendarWord{"pt", "sábado", 6},      CalendarWord{"pt", "sabado", 6},
    CalendarWord{"pt", "domingo", 0},     CalendarWord{"it", "lunedì", 1},
    CalendarWord{"it", "lunedi", 1},      CalendarWord{"it", "martedì", 2},
    CalendarWord{"it", "martedi", 2},     CalendarWord{"it", "mercoledì", 3},
    CalendarWord{"it", "mercoledi", 3},   CalendarWord{"it", "giovedì", 4},
    CalendarWord{"it", "giovedi", 4},     CalendarWord{"it", "venerdì", 5},
    CalendarWord{"it", "venerdi", 5},     CalendarWord{"it", "sabato", 6},
    CalendarWord{"it", "domenica", 0},    CalendarWord{"de", "montag", 1},
    CalendarWord{"de", "dienstag", 2},    CalendarWord{"de", "mittwoch", 3},
    CalendarWord{"de", "donnerstag", 4},  CalendarWord{"de", "freitag", 5},
    CalendarWord{"de", "samstag", 6},     CalendarWord{"de", "sonnabend", 6},
    CalendarWord{"de", "sonntag", 0},     CalendarWord{"ru", "понедельник", 1},
    CalendarWord{"ru", "вторник", 2},     CalendarWord{"ru", "среда", 3},
    CalendarWord{"ru", "среду", 3},       CalendarWord{"ru", "четверг", 4},
    CalendarWord{"ru", "пятница", 5},     CalendarWord{"ru", "пятницу", 5},
    CalendarWord{"ru", "суббота", 6},     CalendarWord{"ru", "субботу", 6},
    CalendarWord{"ru", "воскресенье", 0},
};

// The month (1..12) that a lower-case `word` names in `language`; 0 for none.
constexpr unsigned month_number(std::string_view language, std::string_view lower_word) {
  for (const auto& m : kForeignMonthNames)
    if (m.language == language && m.word == lower_word) return m.value;
  return 0;
}

// The weekday (Sunday = 0) that a lower-case `word` names in `language`, or -1.
constexpr int weekday_number(std::string_view language, std::string_view lower_word) {
  for (const auto& d : kForeignWeekdayNames)
    if (d.language == language && d.word == lower_word) return static_cast<int>(d.value);
  return -1;
}

}  // namespace newsarchive::text
