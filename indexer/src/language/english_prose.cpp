#include "english_prose.h"

#include <string>
#include <unordered_set>

#include "newsarchive/text/stopwords.h"

namespace newsarchive::indexer {
namespace {

// Shorter texts are left to CLD2, which also decides when a text is too short to tell.
constexpr std::size_t kEnglishProseWords = 40;
constexpr double kFunctionWordShare = 0.30;

const std::unordered_set<std::string_view>& english_function_words() {
  static const std::unordered_set<std::string_view> kWords = [] {
    const auto list = stopwords("en");
    return std::unordered_set<std::string_view>(list.begin(), list.end());
  }();
  return kWords;
}

bool is_ascii_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

bool is_english_prose(std::string_view text) {
  const auto& function_words = english_function_words();
  std::size_t words = 0;
  std::size_t function = 0;
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (c >= 0x80) return false;  // another script, or accents: CLD2's to judge
    if (is_ascii_letter(c)) {
      word += static_cast<char>(c | 0x20);
      continue;
    }
    if (word.empty()) continue;
    ++words;
    function += function_words.contains(word);
    word.clear();
  }
  return words >= kEnglishProseWords &&
         static_cast<double>(function) >= kFunctionWordShare * static_cast<double>(words);
}

}  // namespace newsarchive::indexer
