#include "newsarchive/indexer/language_identification.h"

#include <cstdio>  // before CLD2's header, which uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <climits>

namespace newsarchive::indexer {
namespace {

// Below this many bytes of letters (a dozen words of a Latin script, a dozen characters of
// Chinese) CLD2 guesses from a handful of words; an article this short (a headline alone) is
// left undetermined rather than labelled by a guess.
constexpr int kMinimumLetterBytes = 40;
// An article whose top language holds less than this share of its letters is a mix: a bilingual
// release, a quote-heavy story. Its language is undetermined rather than the larger half's.
constexpr int kMinimumMajority = 60;
constexpr int kLongParagraphBytes = 200;

// CLD2 names a few languages by codes ISO 639 has since retired, and Chinese by its script too.
std::string iso_code(CLD2::Language language) {
  std::string code = CLD2::LanguageCode(language);
  code = code.substr(0, code.find('-'));  // "zh-Hant" -> "zh"
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  if (code == "nb" || code == "nn") return "no";
  return code;
}

}  // namespace

std::string identify_language(std::string_view text) {
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3];
  int letter_bytes = 0;
  bool reliable = false;
  const CLD2::CLDHints no_hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const int length = static_cast<int>(std::min<std::size_t>(text.size(), INT_MAX));
  const CLD2::Language best = CLD2::ExtDetectLanguageSummary(
      text.data(), length, /*is_plain_text=*/true, &no_hints, /*flags=*/0, top3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &letter_bytes, &reliable);
  // CLD2 calls some long paragraphs unreliable that are three quarters one language and the
  // rest punctuation and numbers; past a paragraph's length the clear majority is trusted.
  const bool trusted = reliable || letter_bytes >= kLongParagraphBytes;
  if (best == CLD2::UNKNOWN_LANGUAGE || best == CLD2::TG_UNKNOWN_LANGUAGE || !trusted ||
      letter_bytes < kMinimumLetterBytes || percent3[0] < kMinimumMajority)
    return std::string(kUndetermined);
  return iso_code(best);
}

}  // namespace newsarchive::indexer
