#include "newsarchive/text/languages.h"

#include <algorithm>
#include <array>

#include "newsarchive/text/text.h"

namespace newsarchive {
namespace {

struct Language {
  std::string_view code, snowball;
};

// The Snowball stemmers: Xapian 1.4's, and Greek, Hindi and Serbian from libstemmer
// (language_stems.h). A language with its relative's stemmer comes after the relative, whose
// name keeps meaning the relative: Malay, which builds words with the same prefixes and suffixes
// as Indonesian (me-, ber-, di-, -kan, -an, -nya), is stemmed as Indonesian; Croatian and Bosnian,
// one language with Serbian in their grammar (and not told apart from it reliably by
// identification), as Serbian, whose stemmer reads Cyrillic and Latin alike.
constexpr std::array<Language, 30> kLanguages{{
    {"ar", "arabic"},    {"hy", "armenian"},   {"eu", "basque"},     {"ca", "catalan"},
    {"da", "danish"},    {"nl", "dutch"},      {"en", "english"},    {"fi", "finnish"},
    {"fr", "french"},    {"de", "german"},     {"hu", "hungarian"},  {"id", "indonesian"},
    {"ga", "irish"},     {"it", "italian"},    {"lt", "lithuanian"}, {"ne", "nepali"},
    {"no", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},
    {"es", "spanish"},   {"sv", "swedish"},    {"ta", "tamil"},      {"tr", "turkish"},
    {"el", "greek"},     {"hi", "hindi"},      {"sr", "serbian"},    {"ms", "indonesian"},
    {"hr", "serbian"},   {"bs", "serbian"},
}};

}  // namespace

std::optional<std::string> language_code(std::string_view name_or_code) {
  std::string key = text::to_lower_ascii(text::trim(name_or_code));
  // "en-GB", "en_US": the region does not change the stemmer.
  if (const auto cut = key.find_first_of("-_"); cut != std::string::npos && cut == 2) key.resize(2);
  if (key == "nb" || key == "nn") key = "no";
  for (const auto& l : kLanguages)
    if (key == l.code || key == l.snowball) return std::string(l.code);
  return std::nullopt;
}

std::string stated_language(std::string_view tag) {
  if (auto code = language_code(tag)) return *code;
  std::string primary = text::to_lower_ascii(text::trim(tag));
  primary.resize(std::min(primary.size(), primary.find_first_of("-_")));
  const bool letters = std::all_of(primary.begin(), primary.end(),
                                   [](unsigned char c) { return c >= 'a' && c <= 'z'; });
  return letters && primary.size() >= 2 && primary.size() <= 3 ? primary : std::string();
}

std::string snowball_name(std::string_view code) {
  for (const auto& l : kLanguages)
    if (code == l.code) return std::string(l.snowball);
  return "none";
}

std::string supported_languages() {
  std::string out;
  for (const auto& l : kLanguages) {
    if (!out.empty()) out += ", ";
    out += std::string(l.code) + " (" + std::string(l.snowball) + ")";
  }
  return out;
}

}  // namespace newsarchive
