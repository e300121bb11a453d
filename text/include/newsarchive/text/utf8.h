// UTF-8, the one place that knows its byte layout: walking text code point by code point,
// writing code points, and the Latin-1 of old collections converted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsarchive::text {

// Whether `b` continues a sequence (10xxxxxx) rather than starting a character.
constexpr bool is_utf8_continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

// The length a sequence with lead byte `lead` claims: 1 for ASCII, and 1 for a stray
// continuation byte too, so that a scan over broken input never stalls.
constexpr std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Decodes the code point starting at text[pos] and sets `length` to its byte length. A stray
// or impossible lead byte, a truncated sequence or a bad continuation byte decodes as U+FFFD
// of length 1, so callers always make progress. (Overlong forms are not refused: text that
// must be valid goes through to_valid_utf8 first.)
constexpr char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) {
  constexpr char32_t kReplacement = 0xFFFD;
  const auto lead = static_cast<unsigned char>(text[pos]);
  length = 1;
  if (lead < 0x80) return lead;
  if (is_utf8_continuation(lead) || lead >= 0xF8) return kReplacement;
  const std::size_t need = utf8_sequence_length(lead) - 1;
  if (pos + need >= text.size()) return kReplacement;
  char32_t cp = lead & (0x3F >> need);  // the lead's payload bits: 5, 4 or 3
  for (std::size_t i = 1; i <= need; ++i) {
    const auto c = static_cast<unsigned char>(text[pos + i]);
    if (!is_utf8_continuation(c)) return kReplacement;
    cp = (cp << 6) | (c & 0x3F);
  }
  length = need + 1;
  return cp;
}

// Appends code point `c` (at most U+10FFFF, not a surrogate) as UTF-8.
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// ISO-8859-1 bytes (Reuters-21578 and old SGML collections) as UTF-8: each byte is its code point.
std::string latin1_to_utf8(std::string_view bytes);

}  // namespace newsarchive::text
