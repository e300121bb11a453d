// The archive's contract has one home (common/.../schema.h and schema.cpp): no other source
// file of the engine spells a term prefix, a value slot, a metadata key or the stub's name.
// A second spelling is how a change on one side silently breaks filters on the other.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "newsarchive/common/schema.h"

namespace newsarchive::schema {
namespace {

namespace fs = std::filesystem;

// The engine's own code; the benchmark's bare-Xapian floor and the tests are not the engine.
const std::vector<std::string> kEngineDirs = {"common", "indexer",  "searcher",
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

// Every spelling of the contract that must not appear outside its home, as a pattern.
std::vector<std::pair<std::string, std::regex>> forbidden_spellings() {
  std::vector<std::pair<std::string, std::regex>> out;
  for (const auto& row : fields()) {
    const std::string p(row.prefix);
    if (p.size() > 1) {
      out.emplace_back("prefix " + p, std::regex("\"" + p));
    } else if (p.size() == 1) {
      // A one-letter prefix glued to a value: "Q" + id, std::string("Q") + ...
      out.emplace_back("prefix " + p, std::regex("\"" + p + "\"\\s*\\+"));
    }
  }
  out.emplace_back("the stem marker",
                   std::regex("\"Z\"\\s*[+:]|(\\[0\\]|front\\(\\))\\s*[!=]=\\s*'Z'"));
  out.emplace_back("the stub file's name", std::regex("\"XAPIANDB"));
  out.emplace_back("a metadata key", std::regex("\"newsarchive\\.[a-z_]+\""));
  out.emplace_back("a shard directory's name", std::regex("\"shard-"));
  out.emplace_back("a value slot number",
                   std::regex("(add_value|get_value|get_value_freq|valuestream_begin|"
                              "set_collapse_key|set_sort_by_value\\w*)\\s*\\(\\s*[0-9]"));
  return out;
}

TEST(SourceContract, OnlyTheSchemaSpellsPrefixesSlotsKeysAndTheStubName) {
  const auto files = engine_sources();
  ASSERT_GT(files.size(), 50u) << "the engine's sources were not found";
  const auto forbidden = forbidden_spellings();
  for (const auto& file : files) {
    const std::string code = code_of(file);
    for (const auto& [what, pattern] : forbidden) {
      std::smatch m;
      EXPECT_FALSE(std::regex_search(code, m, pattern))
          << file.string() << " spells " << what << " (\"" << m.str() << "\"): use schema.h";
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
    for (const auto& [what, pattern] : forbidden) caught |= std::regex_search(line, pattern);
    EXPECT_TRUE(caught) << line;
  }
}

}  // namespace
}  // namespace newsarchive::schema
