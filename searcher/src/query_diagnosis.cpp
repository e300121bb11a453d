#include "query_diagnosis.h"

#include <array>
#include <string_view>

#include "newsarchive/common/schema.h"
#include "newsarchive/text/utf8.h"

namespace newsarchive::searcher {
namespace {

struct Token {
  std::string text;
  std::size_t column = 0;  // 1-based character position
};

bool is_continuation_byte(char c) {
  return text::is_utf8_continuation(static_cast<unsigned char>(c));
}

// Whitespace-separated words, brackets as tokens of their own; a quoted phrase is one token.
std::vector<Token> tokens(const std::string& text) {
  std::vector<Token> out;
  std::size_t column = 0;
  bool in_quote = false, in_word = false;
  for (const char c : text) {
    if (!is_continuation_byte(c)) ++column;
    if (in_quote) {
      out.back().text += c;
      if (c == '"') in_quote = false;
      continue;
    }
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      in_word = false;
    } else if (c == '(' || c == ')') {
      out.push_back({std::string(1, c), column});
      in_word = false;
    } else if (c == '"' && !in_word) {
      out.push_back({"\"", column});
      in_quote = true;
    } else if (in_word) {
      out.back().text += c;
    } else {
      out.push_back({std::string(1, c), column});
      in_word = true;
    }
  }
  return out;
}

bool is_binary_operator(const std::string& t) {
  static constexpr std::array<std::string_view, 5> kOperators{"AND", "OR", "XOR", "NEAR", "ADJ"};
  for (const auto op : kOperators)
    if (t == op || (t.starts_with(op) && t.size() > op.size() && t[op.size()] == '/')) return true;
  return false;
}

bool is_operator(const std::string& t) {
  return t == "NOT" || is_binary_operator(t);
}

std::string at(const Token& t) {
  return "'" + t.text + "' at character " + std::to_string(t.column);
}

// The token without a leading '+' or '-' (required, excluded).
std::string_view unsigned_text(const Token& t) {
  std::string_view v = t.text;
  if (v.size() > 1 && (v.front() == '+' || v.front() == '-')) v.remove_prefix(1);
  return v;
}

}  // namespace

std::string locate_syntax_error(const std::string& text) {
  const auto ts = tokens(text);
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const auto& t = ts[i].text;
    if (t == "(" && i + 1 < ts.size() && ts[i + 1].text == ")")
      return "empty brackets at character " + std::to_string(ts[i].column);
    if (!is_operator(t)) continue;
    const bool nothing_before = i == 0 || ts[i - 1].text == "(" || is_operator(ts[i - 1].text);
    // "a AND NOT b" is fine; a NOT with nothing before it is a pure NOT, allowed too.
    const bool not_after_and = t == "NOT" && i > 0 && ts[i - 1].text == "AND";
    if (is_binary_operator(t) && nothing_before) return at(ts[i]) + " has nothing before it";
    if (t == "NOT" && nothing_before && i > 0 && !not_after_and && ts[i - 1].text != "(")
      return at(ts[i]) + " follows another operator";
    if (i + 1 == ts.size() || ts[i + 1].text == ")") return at(ts[i]) + " has nothing after it";
  }
  return {};
}

std::vector<std::string> mended_syntax(const std::string& text) {
  std::vector<std::string> notes;
  std::vector<std::size_t> open;
  for (const auto& t : tokens(text)) {
    if (t.text == "(") {
      open.push_back(t.column);
    } else if (t.text == ")") {
      if (open.empty())
        notes.push_back("unmatched ')' at character " + std::to_string(t.column) + " (ignored)");
      else
        open.pop_back();
    } else if (t.text.front() == '"' && (t.text.size() == 1 || t.text.back() != '"')) {
      notes.push_back("unclosed '\"' at character " + std::to_string(t.column) +
                      " (the phrase runs to the end)");
    }
  }
  for (const auto column : open)
    notes.push_back("unclosed '(' at character " + std::to_string(column) + " (closed at the end)");
  return notes;
}

std::string field_without_value(const std::string& text) {
  // A token that ends at the ':' was followed by a space, a bracket or the end: Xapian reads a
  // value only when it follows the ':' directly.
  for (const auto& t : tokens(text)) {
    const auto word = unsigned_text(t);
    if (word.size() < 2 || word.back() != ':') continue;
    const auto name = word.substr(0, word.size() - 1);
    if (schema::find_by_query_name(name) != nullptr)
      return at(t) + " has no value (e.g. " + std::string(name) + ":\"...\")";
  }
  return {};
}

std::vector<std::string> parts_matching_nothing(const std::string& text) {
  std::vector<std::string> notes;
  for (const auto& t : tokens(text))
    if (unsigned_text(t) == "*")
      notes.push_back(at(t) +
                      " stands for no word (a wildcard needs letters before it, as in harb*)");
  return notes;
}

}  // namespace newsarchive::searcher
