#include "newsarchive/text/text.h"

#include <cctype>
#include <cstdio>

namespace newsarchive::text {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(1) < lo || b(1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(k) < 0x80 || b(k) > 0xBF) return 0;
  return n;
}

bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

std::string to_valid_utf8(std::string_view in, std::size_t* fixed) {
  std::string out;
  out.reserve(in.size());
  std::size_t replaced = 0;
  for (std::size_t i = 0; i < in.size();) {
    if (const auto n = valid_sequence_length(in, i)) {
      out.append(in.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++replaced;
      ++i;
    }
  }
  if (fixed) *fixed = replaced;
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : trim(s)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string first_sentence(std::string_view body, std::size_t max_chars) {
  const std::string flat = collapse_space(body);
  std::string_view s = flat;
  // A sentence ends at '.', '!' or '?' followed by a space, unless the word before is a single
  // capital ("U.S." is handled by requiring the next character to be upper case or a quote).
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    const char c = s[i];
    if ((c == '.' || c == '!' || c == '?') && s[i + 1] == ' ' &&
        (std::isupper(static_cast<unsigned char>(s[i + 2])) || s[i + 2] == '"')) {
      const bool initial = i >= 1 && std::isupper(static_cast<unsigned char>(s[i - 1])) &&
                           (i == 1 || s[i - 2] == ' ' || s[i - 2] == '.');
      if (!initial) {
        s = s.substr(0, c == '.' ? i : i + 1);
        break;
      }
    }
  }
  if (s.size() <= max_chars) return std::string(s);
  // Cut at the last space before the limit, never inside a UTF-8 sequence.
  std::size_t cut = s.rfind(' ', max_chars);
  if (cut == std::string_view::npos || cut < max_chars / 2) {
    cut = max_chars;
    while (cut > 0 && is_utf8_continuation(static_cast<unsigned char>(s[cut]))) --cut;
  }
  std::string out(trim(s.substr(0, cut)));
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':'))
    out.pop_back();
  return out + "\xE2\x80\xA6";  // …
}

std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);  // room for some accented letters
  for (const unsigned char c : bytes) append_utf8(out, c);
  return out;
}

}  // namespace newsarchive::text
