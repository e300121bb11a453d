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
  std::vector<std::uint8_t> name(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) name[i] = could_be_name_word(words[i]) ? 1 : 0;
  std::vector<std::uint8_t> outside(words.size(), 0);
  for (const SentenceRange& s : sentences) {
    // Two sweeps counting the words since the last name word (capped): forwards, then
    // backwards; a token is outside when both counts are beyond `reach`.
    std::size_t since = reach + 1;
    for (std::size_t i = s.first; i < s.last; ++i) {
      since = name[i] != 0 ? 0 : std::min(since + 1, reach + 1);
      outside[i] = since > reach ? 1 : 0;
    }
    since = reach + 1;
    for (std::size_t i = s.last; i-- > s.first;) {
      since = name[i] != 0 ? 0 : std::min(since + 1, reach + 1);
      outside[i] = outside[i] != 0 && since > reach ? 1 : 0;
    }
  }
  return outside;
}

}  // namespace newsarchive::ner
