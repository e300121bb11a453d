// The archive's contract has one home (common/.../schema.h and schema.cpp): no other source
// file of the engine spells a term prefix, a value slot, a metadata key or the stub's name.
// A second spelling is how a change on one side silently breaks filters on the other.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsarchive/common/schema.h"

namespace newsarchive::schema {
namespace {

namespace fs = std::filesystem;

// The engine's own code; the benchmark's bare-Xapian floor and the tests are not the engine.
const std::vector<std::string> kEngineDirs = {"common", "text",     "indexer", "searcher",
                                              "ner",    "temporal", "server"};

bool is_contract_home(const fs::path& p) {
  const auto name = p.filename().string();
  return name == "schema.h" || name == "schema.cpp";
}

// The file's code with comments removed (string literals kept), so prose may name things.
std::string code_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string src = ss.str();
  std::string out;
  bool in_string = false, in_char = false;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const char c = src[i];
    if (!in_string && !in_char && c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
      while (i < src.size() && src[i] != '\n') ++i;
      out += '\n';
      continue;
    }
    if (!in_string && !in_char && c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
      const auto end = src.find("*/", i + 2);
      i = end == std::string::npos ? src.size() : end + 1;
      continue;
    }
    if ((in_string || in_char) && c == '\\' && i + 1 < src.size()) {
      out += c;
      out += src[++i];
      continue;
    }
    if (!in_char && c == '"') in_string = !in_string;
    if (!in_string && c == '\'') in_char = !in_char;
    out += c;
  }
  return out;
}

std::vector<fs::path> engine_sources() {
  std::vector<fs::path> files;
  for (const auto& dir : kEngineDirs) {
    const fs::path root = fs::path(NEWSARCHIVE_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      const auto ext = e.path().extension();
      if (e.is_regular_file() && (ext == ".cpp" || ext == ".h") && !is_contract_home(e.path()))
        files.push_back(e.path());
    }
  }
  return files;
}

// A spelling of the contract: `head` followed, after any spaces, by one of `next` (any text
// when `next` is empty). Plain string scanning: GCC 12's std::regex does not build warning-free
// under the sanitizers.
struct Spelling {
  std::string what, head;
  std::vector<std::string> next;
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The text of the first place `code` spells `s`, or "".
std::string find_spelling(const std::string& code, const Spelling& s) {
  for (auto at = code.find(s.head); at != std::string::npos; at = code.find(s.head, at + 1)) {
    auto rest = at + s.head.size();
    if (s.next.empty()) return code.substr(at, s.head.size() + 12);
    while (rest < code.size() && is_space(code[rest])) ++rest;
    for (const auto& n : s.next)
      if (code.compare(rest, n.size(), n) == 0) return code.substr(at, rest + n.size() - at);
  }
  return {};
}

std::vector<Spelling> forbidden_spellings() {
  std::vector<Spelling> out;
  for (const auto& row : fields()) {
    const std::string p(row.prefix);
    // A prefix of several letters anywhere in a string; a one-letter prefix glued to a value.
    if (p.size() > 1) out.push_back({"prefix " + p, "\"" + p, {}});
    if (p.size() == 1) out.push_back({"prefix " + p, "\"" + p + "\"", {"+"}});
  }
  out.push_back({"the stem marker", "\"Z\"", {"+", ":"}});
  for (const char* reading : {"[0]", "front()"})
    out.push_back({"the stem marker", reading, {"!= 'Z'", "== 'Z'"}});
  out.push_back({"the stub file's name", "\"XAPIANDB", {}});
  out.push_back({"a metadata key", "\"newsarchive.", {}});
  out.push_back({"a shard directory's name", "\"shard-", {}});
  for (const char* call : {"add_value", "get_value", "get_value_freq", "valuestream_begin",
                           "set_collapse_key", "set_sort_by_value",
                           "set_sort_by_value_then_relevance", "set_sort_by_relevance_then_value"})
    for (char digit = '0'; digit <= '9'; ++digit)
      out.push_back({"a value slot number", std::string(call) + "(", {std::string(1, digit)}});
  return out;
}

TEST(SourceContract, OnlyTheSchemaSpellsPrefixesSlotsKeysAndTheStubName) {
  const auto files = engine_sources();
  ASSERT_GT(files.size(), 50u) << "the engine's sources were not found";
  const auto forbidden = forbidden_spellings();
  for (const auto& file : files) {
    const std::string code = code_of(file);
    for (const auto& spelling : forbidden) {
      const std::string found = find_spelling(code, spelling);
      EXPECT_EQ(found, "") << file.string() << " spells " << spelling.what << ": use schema.h";
    }
  }
}

TEST(SourceContract, TheCheckFindsASecondSpelling) {
  // The patterns must catch what they are for, or the test above proves nothing.
  const auto forbidden = forbidden_spellings();
  const std::vector<std::string> offenders = {"doc.add_boolean_term(\"XSOURCE\" + key);",
                                              "std::string t = \"Q\" + id;",
                                              "if (term[0] != 'Z') return;",
                                              "fs::path(path) / \"XAPIANDB\";",
                                              "db.get_metadata(\"newsarchive.schema_version\");",
                                              "doc.add_value(8, source);"};
  for (const auto& line : offenders) {
    bool caught = false;
    for (const auto& spelling : forbidden) caught |= !find_spelling(line, spelling).empty();
    EXPECT_TRUE(caught) << line;
  }
}

}  // namespace
}  // namespace newsarchive::schema
