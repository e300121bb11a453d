#include "newsarchive/ner/outside_gate.h"

#include <algorithm>

namespace newsarchive::ner {

bool could_be_name_word(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
  });
}

std::vector<std::uint8_t> certainly_outside(const std::vector<std::string_view>& words,
                                            const std::vector<SentenceRange>& sentences,
                                            std::size_t reach) {
  std::vector<std::uint8_t> outside(words.size(), 0);
  for (const SentenceRange& s : sentences) {
    // One pass: the last name word seen, then every token further than `reach` from it
    // and from the next one is outside.
    std::vector<bool> name(s.last - s.first);
    for (std::size_t i = s.first; i < s.last; ++i) name[i - s.first] = could_be_name_word(words[i]);
    std::size_t since = reach + 1;  // words since the last name word, capped
    for (std::size_t i = s.first; i < s.last; ++i) {
      since = name[i - s.first] ? 0 : std::min(since + 1, reach + 1);
      outside[i] = since > reach ? 1 : 0;
    }
    since = reach + 1;
    for (std::size_t i = s.last; i-- > s.first;) {
      since = name[i - s.first] ? 0 : std::min(since + 1, reach + 1);
      outside[i] = outside[i] != 0 && since > reach ? 1 : 0;
    }
  }
  return outside;
}

}  // namespace newsarchive::ner
