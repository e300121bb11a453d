// The flat table facet counting uses (searcher/src/string_table.h): counts survive growth.
#include "string_table.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace newsarchive::searcher {
namespace {

TEST(StringTable, CountsEveryStringExactlyThroughManyGrowths) {
  StringTable<std::uint64_t> table(16);
  std::map<std::string, std::uint64_t> expected;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 5000; i += 1 + round) {
      const std::string s = "key" + std::to_string(i) + "\tDisplay " + std::to_string(i % 7);
      ++table[s];
      ++expected[s];
    }
  }
  ++table[""];  // the empty string is a string like any other
  ++expected[""];
  EXPECT_EQ(table.size(), expected.size());
  std::size_t visited = 0;
  table.for_each([&](std::string_view s, std::uint64_t n) {
    ++visited;
    const auto it = expected.find(std::string(s));
    ASSERT_NE(it, expected.end()) << s;
    EXPECT_EQ(n, it->second) << s;
  });
  EXPECT_EQ(visited, expected.size());
  EXPECT_EQ(table["key0\tDisplay 0"], 3U);
}

}  // namespace
}  // namespace newsarchive::searcher
