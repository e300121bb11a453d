#include "bounded_read.h"

#include <algorithm>

namespace newsarchive::indexer {

LineRead read_bounded_line(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  bool too_long = false, read_any = false;
  char chunk[1 << 16];
  for (;;) {
    in.getline(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    read_any = read_any || got > 0;
    // A full chunk without its '\n' sets failbit (not eof): the line goes on.
    const bool goes_on = in.fail() && !in.eof() && !in.bad() && got + 1 == sizeof chunk;
    const bool ended_by_newline = !in.fail() && !in.eof();
    const std::size_t stored = ended_by_newline ? got - 1 : got;
    if (!too_long && line.size() + stored > max_bytes) {
      too_long = true;
      std::string().swap(line);  // give the memory back now
    }
    if (!too_long) line.append(chunk, stored);
    if (goes_on) {
      in.clear();
      continue;
    }
    if (!read_any) return LineRead::kEnd;
    if (!ended_by_newline) in.clear(in.rdstate() & ~std::ios::failbit);
    return too_long ? LineRead::kTooLong : LineRead::kLine;
  }
}

bool slurp(std::istream& in, std::string& out, std::string& error, std::size_t max_bytes) {
  out.clear();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    out.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (out.size() > max_bytes) {
      error = "too large to read as one document (over " + std::to_string(max_bytes >> 20) + " MB)";
      return false;
    }
  }
  if (in.bad()) {
    error = "read error";
    return false;
  }
  return true;
}

std::size_t json_nesting_depth(std::string_view json) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (const char c : json) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace newsarchive::indexer
