#include "newsarchive/ner/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "newsarchive/text/calendar_names.h"
#include "newsarchive/text/utf8.h"

namespace newsarchive::ner {
namespace {

// One code point of the input, with its normalised (ASCII where possible) value.
struct Char {
  char32_t cp;        // normalised
  char32_t original;  // as written, to tell an em dash from a hyphen
  std::size_t begin;
  std::size_t end;
};

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x3000 ||
         cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0x200B;
}

// Typographic quotes and dashes become the ASCII characters CoNLL-2003 uses.
char32_t normalise_char(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      return cp;
  }
}

bool is_opening(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '{' || cp == '<';
}

bool is_closing(char32_t cp) {
  return cp == '"' || cp == ')' || cp == ']' || cp == '}' || cp == ',' || cp == ';' || cp == ':' ||
         cp == '!' || cp == '?' || cp == '>' || cp == 0x2026;
}

bool is_ascii_alpha(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// A month written short and capitalised: "Jan", "Sept" (not "May" or "June", which are whole).
bool is_month_abbreviation(std::string_view word) {
  if (word.empty() || word.size() > text::kSeptemberAbbreviation.size() ||
      !std::isupper(static_cast<unsigned char>(word[0])))
    return false;
  std::string lower(word);
  lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  const int month = text::month_number(lower);
  return month != 0 && lower != text::kMonthNames[month - 1];
}

// Abbreviations that keep their full stop, as in CoNLL-2003 ("Mr.", "Oct.", "Inc.").
bool is_known_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 40> kAbbreviations = {
      "Mr",   "Mrs", "Ms",   "Dr",   "Prof",   "Sr",     "Jr",   "St",   "Mt",   "Ft",
      "Gen",  "Lt",  "Col",  "Maj",  "Capt",   "Sgt",    "Adm",  "Sen",  "Rep",  "Gov",
      "Pres", "Rev", "Hon",  "Inc",  "Corp",   "Co",     "Ltd",  "Bros", "No",   "vs",
      "etc",  "Ave", "Dept", "Univ", "approx", "Messrs", "Cmdr", "Supt", "Insp", "Gens"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end() ||
         is_month_abbreviation(word);
}

class Cutter {
 public:
  Cutter(std::string_view text, bool newline_ends_sentence)
      : text_(text), newline_ends_sentence_(newline_ends_sentence) {}

  TokenizedText run() {
    decode_all();
    std::size_t i = 0;
    while (i < chars_.size()) {
      if (is_space(chars_[i].cp)) {
        if (chars_[i].cp == '\n') newline_pending_ = true;
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < chars_.size() && !is_space(chars_[j].cp)) ++j;
      cut_chunk(i, j);
      i = j;
    }
    split_sentences();
    return std::move(out_);
  }

 private:
  void decode_all() {
    chars_.reserve(text_.size());
    std::size_t pos = 0;
    while (pos < text_.size()) {
      std::size_t len = 1;
      const char32_t cp = text::decode_utf8(text_, pos, len);
      chars_.push_back({normalise_char(cp), cp, pos, pos + len});
      pos += len;
    }
  }

  std::string normalised(std::size_t a, std::size_t b) const {
    // Most tokens are ASCII written as normalised: their bytes are copied whole, not rebuilt
    // a character at a time (a tenth of the recogniser's work in news-index was that).
    const bool as_written = std::all_of(chars_.begin() + a, chars_.begin() + b, [](const Char& c) {
      return c.original < 0x80 && c.cp == c.original;
    });
    if (as_written)
      return std::string(text_.substr(chars_[a].begin, chars_[b - 1].end - chars_[a].begin));
    std::string s;
    for (std::size_t k = a; k < b; ++k) {
      if (chars_[k].cp == 0x2026) {
        s += "...";
      } else if (chars_[k].cp == 0xFFFD) {
        s += "?";
      } else {
        text::append_utf8(s, chars_[k].cp);
      }
    }
    return s;
  }

  void emit(std::size_t a, std::size_t b) {
    if (a >= b) return;
    out_.tokens.push_back({chars_[a].begin, chars_[b - 1].end, normalised(a, b)});
    newline_before_.push_back(newline_pending_);
    newline_pending_ = false;
  }

  // A word keeps its final full stop when it is an abbreviation: "U.S", "J", "Oct".
  bool keeps_full_stop(std::size_t a, std::size_t b) const {
    if (b <= a) return false;
    const std::string word = normalised(a, b);
    if (b - a == 1 && is_ascii_alpha(chars_[a].cp)) return true;
    bool dotted = word.find('.') != std::string::npos;
    if (dotted) {
      // Letters separated by dots: "U.S", "a.m", "U.N".
      for (std::size_t k = a; k < b; ++k) {
        const bool letter = is_ascii_alpha(chars_[k].cp);
        const bool should_be_letter = (k - a) % 2 == 0;
        if (letter != should_be_letter || (!letter && chars_[k].cp != '.')) return false;
      }
      return true;
    }
    return is_known_abbreviation(word);
  }

  void cut_chunk(std::size_t s, std::size_t e) {
    // Opening punctuation comes off the front one character at a time.
    while (e - s > 1 && is_opening(chars_[s].cp)) {
      emit(s, s + 1);
      ++s;
    }
    // Closing punctuation comes off the back; remembered as ranges, emitted afterwards.
    std::vector<std::pair<std::size_t, std::size_t>> trailing;
    while (e - s > 1) {
      const char32_t c = chars_[e - 1].cp;
      if (is_closing(c) || c == '\'') {
        trailing.emplace_back(e - 1, e);
        --e;
        continue;
      }
      if (c == '.') {
        std::size_t d = e;
        while (d > s && chars_[d - 1].cp == '.') --d;
        if (e - d >= 2) {  // an ellipsis written as dots
          trailing.emplace_back(d, e);
          e = d;
          continue;
        }
        if (keeps_full_stop(s, e - 1)) break;
        trailing.emplace_back(e - 1, e);
        --e;
        continue;
      }
      break;
    }
    // Clitics as CoNLL splits them: "Iran 's", "would n't", "they 're".
    std::size_t clitic = e;
    if (e - s > 3 && chars_[e - 3].cp == 'n' && chars_[e - 2].cp == '\'' &&
        (chars_[e - 1].cp == 't' || chars_[e - 1].cp == 'T')) {
      clitic = e - 3;
    } else if (e - s > 2 && chars_[e - 2].cp == '\'') {
      const char32_t c = chars_[e - 1].cp;
      if (c == 's' || c == 'S' || c == 'd' || c == 'D' || c == 'm' || c == 'M') clitic = e - 2;
    } else if (e - s > 3 && chars_[e - 3].cp == '\'') {
      const std::string tail = normalised(e - 2, e);
      if (tail == "re" || tail == "ve" || tail == "ll") clitic = e - 3;
    }
    emit_word(s, clitic);
    emit(clitic, e);
    for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) emit(it->first, it->second);
  }

  // Em dashes and double hyphens inside a chunk separate words ("war--and").
  void emit_word(std::size_t s, std::size_t e) {
    std::size_t start = s;
    for (std::size_t k = s; k < e; ++k) {
      const bool em = chars_[k].original == 0x2014 || chars_[k].original == 0x2015;
      const bool double_hyphen = chars_[k].cp == '-' && k + 1 < e && chars_[k + 1].cp == '-';
      if (em || double_hyphen) {
        emit(start, k);
        const std::size_t dash_end = double_hyphen ? k + 2 : k + 1;
        emit(k, dash_end);
        start = dash_end;
        k = dash_end - 1;
      }
    }
    emit(start, e);
  }

  static bool ends_sentence(const std::string& t) {
    return t == "." || t == "!" || t == "?" || t == "...";
  }
  static bool closes(const std::string& t) { return t == "\"" || t == "'" || t == ")"; }

  void split_sentences() {
    const auto& toks = out_.tokens;
    std::size_t first = 0;
    const auto close_at = [&](std::size_t end) {
      if (end > first) out_.sentences.push_back({first, end});
      first = end;
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (newline_ends_sentence_ && newline_before_[i]) close_at(i);
      if (!ends_sentence(toks[i].text)) continue;
      std::size_t j = i + 1;
      while (j < toks.size() && closes(toks[j].text) && !newline_before_[j]) ++j;
      if (j == toks.size()) continue;
      const unsigned char next = static_cast<unsigned char>(toks[j].text[0]);
      if (std::isupper(next) || std::isdigit(next) || next == '"' || next == '\'' || next == '(' ||
          next >= 0x80) {
        close_at(j);
        i = j - 1;
      }
    }
    close_at(toks.size());
  }

  std::string_view text_;
  bool newline_ends_sentence_;
  bool newline_pending_ = false;
  std::vector<Char> chars_;
  std::vector<bool> newline_before_;
  TokenizedText out_;
};

}  // namespace

TokenizedText tokenize(std::string_view utf8_text, bool newline_ends_sentence) {
  return Cutter(utf8_text, newline_ends_sentence).run();
}

}  // namespace newsarchive::ner
