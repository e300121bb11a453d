#include "newsarchive/text/arabic_script.h"

#include <algorithm>

#include "newsarchive/text/text.h"

namespace newsarchive {
namespace {

// The Arabic block, U+0600 to U+06FF, is the UTF-8 sequences led by 0xD8 to 0xDB.
bool has_arabic_block(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD8 && b <= 0xDB;
  });
}

// What `c` is written as; 0 when it is dropped.
char32_t normalised(char32_t c) {
  switch (c) {
    case 0x0622:  // alef with madda
    case 0x0623:  // alef with hamza above
    case 0x0625:  // alef with hamza below
    case 0x0671:  // alef wasla
      return 0x0627;
    case 0x0649:  // alef maksura
    case 0x06CC:  // Persian yeh
      return 0x064A;
    case 0x0629:  // teh marbuta
      return 0x0647;
    case 0x06A9:  // Persian keheh
      return 0x0643;
    case 0x0640:  // tatweel, which only stretches a word
    case 0x0670:  // superscript alef
      return 0;
    default:
      break;
  }
  if (c >= 0x064B && c <= 0x065F) return 0;                    // harakat, shadda, sukun, ...
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);  // Eastern Arabic digits
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);  // Persian digits
  return c;
}

// The code point of the two-byte sequence at `s[i]` (the Arabic block is all two-byte).
char32_t two_byte_code_point(std::string_view s, std::size_t i) {
  return (static_cast<char32_t>(static_cast<unsigned char>(s[i]) & 0x1F) << 6) |
         (static_cast<unsigned char>(s[i + 1]) & 0x3F);
}

}  // namespace

std::string normalise_arabic_script(std::string_view text) {
  if (!has_arabic_block(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0xD8 || b > 0xDB || i + 1 >= text.size()) {
      out += text[i++];
      continue;
    }
    if (const char32_t c = normalised(two_byte_code_point(text, i))) text::append_utf8(out, c);
    i += 2;
  }
  return out;
}

}  // namespace newsarchive
