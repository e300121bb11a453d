// Every example of docs/query-syntax.md's "Examples" table, run with the real news-search on
// sample_data/: the documentation cannot promise a query form that does not work.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

struct Example {
  std::string query;
  std::vector<std::string> finds, never;
};

// The `quoted` pieces of a table cell.
std::vector<std::string> code_spans(const std::string& cell) {
  std::vector<std::string> out;
  for (std::size_t open = cell.find('`'); open != std::string::npos;) {
    const std::size_t close = cell.find('`', open + 1);
    if (close == std::string::npos) break;
    out.push_back(cell.substr(open + 1, close - open - 1));
    open = cell.find('`', close + 1);
  }
  return out;
}

std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::size_t at = row.find('|');
  while (at != std::string::npos) {
    const std::size_t next = row.find('|', at + 1);
    if (next == std::string::npos) break;
    out.push_back(row.substr(at + 1, next - at - 1));
    at = next;
  }
  return out;
}

std::vector<Example> documented_examples() {
  std::ifstream doc(std::string(NEWSARCHIVE_SOURCE_DIR) + "/docs/query-syntax.md");
  std::vector<Example> out;
  bool in_section = false;
  for (std::string line; std::getline(doc, line);) {
    if (line.starts_with("## ")) in_section = line.starts_with("## Examples");
    if (!in_section || !line.starts_with("| `")) continue;
    const auto c = cells(line);
    if (c.size() < 3) continue;
    const auto query = code_spans(c[0]);
    if (query.size() != 1) continue;
    out.push_back({query[0], code_spans(c[1]), code_spans(c[2])});
  }
  return out;
}

TEST(QuerySyntaxDoc, EveryDocumentedExampleFindsWhatItSays) {
  const auto examples = documented_examples();
  ASSERT_GE(examples.size(), 15u) << "the Examples table of docs/query-syntax.md was not found";
  testing::TempDir dir;
  const std::string db = dir / "db";
  const auto ix = run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(db) + " " +
                              shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data"));
  ASSERT_EQ(ix.status, 0) << ix.err;
  for (const auto& e : examples) {
    // --ids never switches to a spelling correction, so the misspelt example runs in human
    // output (which does) and reads the ids from its "· id ..." lines.
    const auto r = run_command("NO_COLOR=1 " + std::string(NEWS_SEARCH) + " --db " +
                               shell_quote(db) + " -n 50 -- " + shell_quote(e.query));
    EXPECT_LE(r.status, 1) << e.query << ": " << r.err;
    EXPECT_EQ(r.err, "") << e.query;
    const auto has = [&](const std::string& id) {
      return r.out.find("· id " + id + "\n") != std::string::npos;
    };
    for (const auto& id : e.finds) EXPECT_TRUE(has(id)) << e.query << " should find " << id;
    for (const auto& id : e.never) EXPECT_FALSE(has(id)) << e.query << " should not find " << id;
    EXPECT_EQ(r.out.find("note: query not understood"), std::string::npos) << e.query;
  }
}

}  // namespace
}  // namespace newsarchive
