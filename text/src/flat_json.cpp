#include "newsarchive/text/flat_json.h"

#include <cstdint>

#include "newsarchive/text/text.h"

namespace newsarchive::stored {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  std::optional<FlatJsonObject> object() {
    FlatJsonObject out;
    if (!consume('{')) return std::nullopt;
    if (consume('}')) return end_of_input() ? std::optional(std::move(out)) : std::nullopt;
    do {
      std::string key;
      if (!string(key) || !consume(':')) return std::nullopt;
      FlatJsonValue value;
      if (peek() == '[') {
        value.is_list = true;
        if (!list(value.items)) return std::nullopt;
      } else if (!string(value.text)) {
        return std::nullopt;
      }
      out.emplace_back(std::move(key), std::move(value));
    } while (consume(','));
    if (!consume('}') || !end_of_input()) return std::nullopt;
    return out;
  }

 private:
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  char peek() {
    skip_space();
    return i_ < s_.size() ? s_[i_] : '\0';
  }
  bool consume(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  bool end_of_input() {
    skip_space();
    return i_ == s_.size();
  }

  bool list(std::vector<std::string>& items) {
    consume('[');
    if (consume(']')) return true;
    do {
      std::string item;
      if (!string(item)) return false;
      items.push_back(std::move(item));
    } while (consume(','));
    return consume(']');
  }

  // Copies runs of plain characters whole; that is where the time goes on a long body.
  bool string(std::string& out) {
    if (!consume('"')) return false;
    while (i_ < s_.size()) {
      // A plain loop: std::string_view::find_first_of calls memchr once per character here.
      std::size_t run = i_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\') ++run;
      if (run == s_.size()) return false;
      out.append(s_.substr(i_, run - i_));
      i_ = run + 1;
      if (s_[run] == '"') return true;
      if (!escape(out)) return false;
    }
    return false;
  }

  bool escape(std::string& out) {
    if (i_ >= s_.size()) return false;
    const char c = s_[i_++];
    switch (c) {
      case '"':
        out += '"';
        return true;
      case '\\':
        out += '\\';
        return true;
      case '/':
        out += '/';
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'u':
        return unicode(out);
      default:
        return false;
    }
  }

  bool hex4(std::uint32_t& v) {
    if (i_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      v <<= 4;
      if (h >= '0' && h <= '9')
        v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f')
        v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F')
        v |= static_cast<std::uint32_t>(h - 'A' + 10);
      else
        return false;
    }
    return true;
  }

  bool unicode(std::string& out) {
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair: the low half must follow
      std::uint32_t low = 0;
      if (i_ + 2 > s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u') return false;
      i_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return false;
    }
    text::append_utf8(out, static_cast<char32_t>(cp));
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<FlatJsonObject> read_flat_json_object(std::string_view json) {
  return Reader(json).object();
}

}  // namespace newsarchive::stored
