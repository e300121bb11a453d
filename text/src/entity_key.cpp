// Key folding with ICU: NFKD splits letters from their accents (and undoes ligatures and
// full-width forms), the accents are dropped, and full case folding follows. A handful of
// letters that have no decomposition (ø, ł, ß, æ, ...) are spelled out by hand.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

#include "newsarchive/text/entity_key.h"

#include "newsarchive/text/arabic_script.h"
#include "newsarchive/text/utf8.h"

namespace newsarchive {
namespace {

constexpr std::size_t kMaxKeyBytes = 120;

const char* spelled_out(UChar32 c) {
  switch (c) {
    case 0x00F8:  // ø
      return "o";
    case 0x0142:  // ł
      return "l";
    case 0x0111:  // đ
    case 0x00F0:  // ð
      return "d";
    case 0x00DF:  // ß
      return "ss";
    case 0x00E6:  // æ
      return "ae";
    case 0x0153:  // œ
      return "oe";
    case 0x00FE:  // þ
      return "th";
    case 0x0131:  // dotless i
      return "i";
    default:
      return nullptr;
  }
}

// Cuts a key to at most kMaxKeyBytes, at a word boundary when there is one.
void shorten(std::string& key) {
  if (key.size() <= kMaxKeyBytes) return;
  std::size_t cut = key.rfind(' ', kMaxKeyBytes);
  if (cut == std::string::npos || cut == 0) {
    cut = kMaxKeyBytes;
    while (cut > 0 && text::is_utf8_continuation(static_cast<unsigned char>(key[cut]))) --cut;
  }
  key.resize(cut);
}

bool is_ascii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// The same folding as the ICU path below for pure ASCII, which is most names in English news
// and every word the recogniser compares: NFKD changes no ASCII character, White_Space in
// ASCII is \t..\r and space, '-' is the only ASCII dash, and letters and digits are the only
// ASCII alphanumerics. Skipping ICU's UTF-16 round trip makes normalisation several times
// cheaper (tests/common/entity_key_test.cpp checks both paths agree on every ASCII byte).
std::string fold_ascii(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool pending_space = false;
  for (const char c : name) {
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '/' || c == '_') {
      pending_space = !key.empty();
      continue;
    }
    const bool digit = c >= '0' && c <= '9';
    const bool upper = c >= 'A' && c <= 'Z';
    if (!digit && !upper && !(c >= 'a' && c <= 'z')) continue;
    if (pending_space) key.push_back(' ');
    pending_space = false;
    key.push_back(upper ? static_cast<char>(c - 'A' + 'a') : c);
  }
  shorten(key);
  return key;
}

}  // namespace

std::string fold_name(std::string_view name) {
  if (is_ascii(name)) return fold_ascii(name);
  // The query parser sees Arabic-script text in one spelling (arabic_script.h); a name folds to
  // that spelling too, so a filter typed on any keyboard meets the indexed key.
  const std::string one_spelling = normalise_arabic_script(name);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(one_spelling.data(), static_cast<std::int32_t>(one_spelling.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    decomposed = nfkd->normalize(source, status);
  }
  if (U_FAILURE(status)) decomposed = source;

  std::string key;
  bool pending_space = false;
  for (std::int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    const std::int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
        type == U_COMBINING_SPACING_MARK) {
      continue;
    }
    if (u_isUWhiteSpace(c) || type == U_DASH_PUNCTUATION || c == '/' || c == '_') {
      pending_space = !key.empty();
      continue;
    }
    if (!u_isalnum(c)) continue;  // full stops, apostrophes, ampersands...
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    if (pending_space) key.push_back(' ');
    pending_space = false;
    if (const char* s = spelled_out(folded)) {
      key += s;
    } else {
      icu::UnicodeString(folded).toUTF8String(key);
    }
  }
  shorten(key);
  return key;
}

namespace {

// Company forms that name no part of the company: "Intel Corp", "Intel Corp." and "Intel" are
// one company, as are "Nestle SA" and "Nestle", "Goldman Sachs Group Inc" and "Goldman Sachs".
constexpr std::string_view kCompanySuffixes[] = {
    "co",  "cos", "corp", "corporation", "inc",   "incorporated", "ltd",    "limited",
    "plc", "llc", "lp",   "ag",          "sa",    "nv",           "spa",    "se",
    "bv",  "oyj", "asa",  "ab",          "group", "holdings",     "holding"};

bool is_company_suffix(std::string_view word) {
  for (const std::string_view s : kCompanySuffixes)
    if (word == s) return true;
  return false;
}

}  // namespace

std::string name_key(std::string_view name) {
  std::string key = fold_name(name);
  // A leading article is not part of the name ("the United States of America").
  if (key.starts_with("the ") && key.size() > 4) key.erase(0, 4);
  // Trailing company forms, as long as a word of the name itself is left.
  for (auto space = key.rfind(' '); space != std::string::npos; space = key.rfind(' ')) {
    if (!is_company_suffix(std::string_view(key).substr(space + 1))) break;
    key.resize(space);
  }
  return key;
}

std::string entity_key(std::string_view name) {
  std::string key = name_key(name);
  const std::string_view canonical = canonical_key(key);
  if (canonical.data() != key.data()) return std::string(canonical);
  return key;
}

}  // namespace newsarchive
