#include "markup_text.h"

#include <algorithm>
#include <charconv>

#include "newsarchive/indexer/limits.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer::markup {
namespace {

using text::append_utf8;

// What a numeric reference stands for, following html.unescape: NUL and surrogates become
// U+FFFD, carriage return stays, other C0/C1 controls vanish.
void append_reference(std::string& out, unsigned long c) {
  if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    append_utf8(out, 0xFFFD);
  } else if (c == '\r' || c == '\t' || c == '\n' || c == '\f') {
    out += static_cast<char>(c);
  } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
    // dropped
  } else {
    append_utf8(out, static_cast<char32_t>(c));
  }
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Position of the start tag <NAME> or <NAME ...> at or after `from`.
std::size_t find_start_tag(std::string_view s, std::string_view name, std::size_t from) {
  const std::string open = "<" + std::string(name);
  for (auto p = s.find(open, from); p != std::string_view::npos; p = s.find(open, p + 1)) {
    const std::size_t after = p + open.size();
    if (after < s.size() && (s[after] == '>' || s[after] == ' ' || s[after] == '\t' ||
                             s[after] == '\n' || s[after] == '\r'))
      return p;
  }
  return std::string_view::npos;
}

struct Span {
  std::size_t begin, content, content_end, end;
};

std::optional<Span> find_element(std::string_view s, std::string_view name, std::size_t from) {
  const auto start = find_start_tag(s, name, from);
  if (start == std::string_view::npos) return std::nullopt;
  const auto gt = s.find('>', start);
  if (gt == std::string_view::npos) return std::nullopt;
  const std::string close = "</" + std::string(name) + ">";
  const auto stop = s.find(close, gt + 1);
  if (stop == std::string_view::npos) return std::nullopt;
  return Span{start, gt + 1, stop, stop + close.size()};
}

}  // namespace

std::string utf8_or_latin1(std::string_view in) {
  std::size_t fixed = 0;
  std::string valid = text::to_valid_utf8(in, &fixed);
  return fixed == 0 ? valid : text::latin1_to_utf8(in);
}

std::string decode_entities(std::string_view in) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    if (in[i] != '&') {
      out += in[i++];
      continue;
    }
    const auto semi = in.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += in[i++];
      continue;
    }
    const std::string_view ref = in.substr(i + 1, semi - i - 1);
    bool done = false;
    if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      unsigned long value = 0;
      const auto [end, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
      if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty()) {
        append_reference(out, value);
        done = true;
      }
    } else {
      for (const auto& [name, value] : kNamed) {
        if (ref == name) {
          out += value;
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi + 1;
    } else {
      out += in[i++];
    }
  }
  return out;
}

std::string strip_tags(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '<') {
      const auto gt = in.find('>', i);
      if (gt == std::string_view::npos) break;
      out += ' ';
      i = gt;
    } else {
      out += in[i];
    }
  }
  return out;
}

std::string drop_controls(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (char c : in)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
  return out;
}

std::optional<std::string_view> element(std::string_view record, std::string_view name) {
  const auto span = find_element(record, name, 0);
  if (!span) return std::nullopt;
  return record.substr(span->content, span->content_end - span->content);
}

std::vector<std::string_view> elements(std::string_view record, std::string_view name) {
  std::vector<std::string_view> out;
  for (auto span = find_element(record, name, 0); span;
       span = find_element(record, name, span->end))
    out.push_back(record.substr(span->content, span->content_end - span->content));
  return out;
}

std::string without_element(std::string_view record, std::string_view name) {
  std::string out;
  std::size_t from = 0;
  for (auto span = find_element(record, name, 0); span;
       span = find_element(record, name, span->end)) {
    out += record.substr(from, span->begin - from);
    from = span->end;
  }
  out += record.substr(from);
  return out;
}

std::string attribute(std::string_view start_tag, std::string_view name) {
  const std::string key = upper_ascii(name) + "=\"";
  const std::string upper = upper_ascii(start_tag);
  const auto p = upper.find(key);
  if (p == std::string::npos) return {};
  const auto begin = p + key.size();
  const auto end = start_tag.find('"', begin);
  if (end == std::string_view::npos) return {};
  return std::string(start_tag.substr(begin, end - begin));
}

SgmlRecords::SgmlRecords(std::istream& in, std::string name)
    : in_(in), name_(name), open_("<" + name), close_("</" + name + ">") {}

bool SgmlRecords::fill() {
  if (eof_) return false;
  char chunk[1 << 16];
  in_.read(chunk, sizeof chunk);
  const auto n = static_cast<std::size_t>(in_.gcount());
  if (n == 0) {
    eof_ = true;
    return false;
  }
  buffer_.append(chunk, n);
  return true;
}

SgmlRecords::Result SgmlRecords::next(std::string& record) {
  // Find the start of the next record, dropping what lies between records.
  std::size_t start;
  for (;;) {
    start = find_start_tag(buffer_, name_, 0);
    if (start != std::string::npos) break;
    // Keep a tail that might hold the beginning of a start tag cut by the chunk boundary.
    if (buffer_.size() > open_.size()) buffer_.erase(0, buffer_.size() - open_.size());
    if (!fill()) return Result::kEnd;
  }
  buffer_.erase(0, start);
  ++number_;
  std::size_t searched = open_.size();
  for (;;) {
    const auto stop = buffer_.find(close_, searched);
    const auto next_open = find_start_tag(
        buffer_, name_,
        std::max(open_.size(), searched > open_.size() ? searched - open_.size() : 0));
    if (next_open != std::string::npos && (stop == std::string::npos || next_open < stop)) {
      // The record lost its end; the next one starts here.
      buffer_.erase(0, next_open);
      return Result::kTruncated;
    }
    if (stop != std::string::npos) {
      const auto end = stop + close_.size();
      record.assign(buffer_, 0, end);
      buffer_.erase(0, end);
      return Result::kRecord;
    }
    searched = buffer_.size() > close_.size() ? buffer_.size() - close_.size() : 0;
    if (buffer_.size() > limits::kMaxSgmlRecordBytes || !fill()) {
      buffer_.clear();
      return Result::kTruncated;
    }
  }
}

}  // namespace newsarchive::indexer::markup
