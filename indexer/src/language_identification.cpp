#include "newsarchive/indexer/language_identification.h"

#include <cstdio>  // before CLD2's header, which uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <array>
#include <climits>

#include "language/english_prose.h"
#include "language/related_languages.h"

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

// CLD2's answer: its three likeliest languages, each with its share of the text's letters and
// its score per kilobyte (how well the text fits it).
struct Cld2Answer {
  CLD2::Language best = CLD2::UNKNOWN_LANGUAGE;
  std::array<CLD2::Language, 3> top{};
  std::array<int, 3> percent{};
  std::array<double, 3> score{};
  int letter_bytes = 0;
  bool reliable = false;
};

Cld2Answer ask_cld2(std::string_view text) {
  Cld2Answer answer;
  const CLD2::CLDHints no_hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const int length = static_cast<int>(std::min<std::size_t>(text.size(), INT_MAX));
  answer.best = CLD2::ExtDetectLanguageSummary(
      text.data(), length, /*is_plain_text=*/true, &no_hints, /*flags=*/0, answer.top.data(),
      answer.percent.data(), answer.score.data(), /*resultchunkvector=*/nullptr,
      &answer.letter_bytes, &answer.reliable);
  return answer;
}

// The share of the text CLD2's first language holds, a split between related languages (a
// Swedish text read as part Norwegian) counted as one.
int majority_share(const Cld2Answer& answer) {
  const bool split_between_relatives =
      answer.percent[1] > 0 && related_languages(iso_code(answer.top[0]), iso_code(answer.top[1]));
  return answer.percent[0] + (split_between_relatives ? answer.percent[1] : 0);
}

}  // namespace

std::string identify_language(std::string_view text) {
  if (is_english_prose(text)) return "en";
  const Cld2Answer answer = ask_cld2(text);
  // CLD2 calls some long paragraphs unreliable that are three quarters one language and the
  // rest punctuation and numbers; past a paragraph's length the clear majority is trusted.
  const bool trusted = answer.reliable || answer.letter_bytes >= kLongParagraphBytes;
  if (answer.best == CLD2::UNKNOWN_LANGUAGE || answer.best == CLD2::TG_UNKNOWN_LANGUAGE ||
      !trusted || answer.letter_bytes < kMinimumLetterBytes)
    return std::string(kUndetermined);
  if (majority_share(answer) < kMinimumMajority) return std::string(kUndetermined);
  return likeliest_relative(text, iso_code(answer.best));
}

}  // namespace newsarchive::indexer
