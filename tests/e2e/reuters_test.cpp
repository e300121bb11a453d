// The whole Reuters-21578 collection, converted by shared/tools, indexes without a fatal error
// and answers a search. Skips when the shared corpora are not there.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_archive.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shared_dir;
using testing::shell_quote;

TEST(Reuters21578, TheWholeCollectionIndexesAndCocoaFindsReutersArticles) {
  const std::string tool = shared_dir() + "/tools/reuters21578_to_jsonl.py";
  if (!std::filesystem::exists(tool)) GTEST_SKIP() << "no shared corpora at " << shared_dir();
  testing::TempDir dir;
  const auto convert =
      run_command("python3 " + shell_quote(tool) + " > " + shell_quote(dir / "r.jsonl"));
  ASSERT_EQ(convert.status, 0) << convert.err;
  const auto ix = run_command(std::string(NEWS_INDEX) + " --db " + shell_quote(dir / "db") + " " +
                              shell_quote(dir / "r.jsonl"));
  ASSERT_LE(ix.status, 1) << ix.err;  // a skipped record is allowed; a fatal error is not
  // Every record is either indexed or skipped for having no text at all (737 of the collection's
  // articles are empty "UNPROC" stubs).
  const auto number_after = [&](const std::string& word) {
    const auto at = ix.err.find(word);
    return at == std::string::npos ? -1 : std::atoi(ix.err.c_str() + at + word.size());
  };
  const int indexed = number_after("indexed "), skipped = number_after("skipped ");
  ASSERT_GE(indexed, 0) << ix.err;
  ASSERT_GE(skipped, 0) << ix.err;
  EXPECT_EQ(indexed + skipped, 21578) << ix.err;
  if (skipped > 0) {
    EXPECT_NE(ix.err.find("skipped " + std::to_string(skipped) +
                          " (no title or body: " + std::to_string(skipped) + ")"),
              std::string::npos)
        << ix.err;
  }
  const auto s = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(dir / "db") +
                             " --json --limit 20 cocoa");
  ASSERT_EQ(s.status, 0) << s.err;
  const auto j = nlohmann::json::parse(s.out);
  ASSERT_EQ(j["hits"].size(), 20u);
  for (const auto& h : j["hits"]) {
    EXPECT_EQ(h["source"], "Reuters");
    EXPECT_TRUE(h["id"].get<std::string>().starts_with("reuters21578-"));
  }
  EXPECT_GT(j["total"]["estimate"].get<int>(), 50);

  // A date filter keeps only March 1987, and the date facet's buckets add up to the matching
  // articles (near-duplicates collapsed in the hits are each counted by the facets).
  const auto march = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(dir / "db") +
                                 " --json --limit 1000 --facets date 'cocoa date:1987-03'");
  ASSERT_EQ(march.status, 0) << march.err;
  const auto mj = nlohmann::json::parse(march.out);
  ASSERT_FALSE(mj["hits"].empty());
  for (const auto& h : mj["hits"]) EXPECT_TRUE(h["date"].get<std::string>().starts_with("1987-03"));
  std::uint64_t sum = mj["facets"][0]["undated"].get<std::uint64_t>();
  for (const auto& b : mj["facets"][0]["values"]) sum += b["count"].get<std::uint64_t>();
  EXPECT_EQ(sum, mj["total"]["articles"].get<std::uint64_t>());
  EXPECT_EQ(mj["hits"].size(), mj["total"]["estimate"].get<std::uint64_t>());
  EXPECT_LE(mj["hits"].size(), sum);

  // Entities are extracted: the collection's own PEOPLE label for an article is found in text.
  const auto volcker = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(dir / "db") +
                                   " --json 'person:volcker label:people/volcker'");
  ASSERT_EQ(volcker.status, 0) << volcker.err;
}

}  // namespace
}  // namespace newsarchive
