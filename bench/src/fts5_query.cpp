#include "fts5_query.h"

#include <cctype>
#include <vector>

namespace newsarchive::bench {
namespace {

bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

bool is_operator(const std::string& w) {
  return w == "AND" || w == "OR" || w == "NOT";
}

}  // namespace

std::string fts5_match(std::string_view query) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < query.size();) {
    if (!word_byte(query[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && word_byte(query[end])) ++end;
    words.emplace_back(query.substr(i, end - i));
    i = end;
  }
  std::string out;
  bool pending_operator = false;  // an operator waits for its right-hand word
  for (const auto& w : words) {
    if (is_operator(w)) {
      if (!out.empty()) pending_operator = true, out += " " + w;
      continue;
    }
    if (!out.empty() && !pending_operator) out += " OR";
    if (!out.empty()) out += ' ';
    out += '"' + w + '"';
    pending_operator = false;
  }
  if (pending_operator) out.erase(out.rfind(' '));  // drop a dangling operator
  return out;
}

}  // namespace newsarchive::bench
