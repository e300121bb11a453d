// Metadata as scrapers produce it: a source, an author, a label or a URL of hundreds or
// thousands of characters. Xapian refuses terms over 245 bytes; every such article is indexed
// whole, and a filter on the long value, typed as a user would, still finds it.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

class LongMetadataTest : public ::testing::Test {
 protected:
  testing::CommandResult index(const std::string& args) {
    return run_command(std::string(NEWS_INDEX) + " --quiet --db " + shell_quote(db_) + " " + args);
  }
  nlohmann::json search_json(const std::string& query) {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(db_) + " --json " +
                               shell_quote(query));
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  std::string write(const std::string& name, const std::string& content) {
    const std::string path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_F(LongMetadataTest, APlainTextSourceOf300CharactersIsIndexedAndFilterable) {
  // The issue's reproduction: this aborted news-index (exit 134) before.
  const std::string source(300, 'S');
  const auto file =
      write("a.txt", "Title: Test\nSource: " + source + "\nDate: 2024-01-01\n\nSome body text.\n");
  const auto r = index(shell_quote(file));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = search_json("source:\"" + std::string(300, 's') + "\"");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["source"], source);
  EXPECT_EQ(search_json("source:\"" + std::string(299, 's') + "\"")["hits"].size(), 0u);
}

TEST_F(LongMetadataTest, JsonLinesWithHugeSourceAuthorAndUrlKeepEveryRecord) {
  const std::string source(1000, 'x');
  const std::string author(5000, 'A');
  const std::string url = "https://example.org/" + std::string(600, 'p');
  nlohmann::json a{{"id", "one"},         {"title", "Harbour storm"}, {"body", "The storm hit."},
                   {"source", source},    {"authors", {author}},      {"url", url},
                   {"date", "2024-02-03"}};
  nlohmann::json b{{"id", "two"},
                   {"title", "Bakery prize"},
                   {"body", "The bakery won."},
                   {"source", source + "y"},
                   {"date", "2024-02-04"}};
  const auto file = write("long.jsonl", a.dump() + "\n" + b.dump() + "\n");
  const auto r = index(shell_quote(file));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(search_json("storm OR bakery")["hits"].size(), 2u);
  // Two sources that share their first thousand characters are still two sources.
  const auto by_source = search_json("source:\"" + source + "\"");
  ASSERT_EQ(by_source["hits"].size(), 1u);
  EXPECT_EQ(by_source["hits"][0]["id"], "one");
  const auto by_url = search_json("url:\"" + url + "\"");
  ASSERT_EQ(by_url["hits"].size(), 1u);
  EXPECT_EQ(by_url["hits"][0]["id"], "one");
}

TEST_F(LongMetadataTest, AFeedCategoryOf600CharactersIsALabelLikeAnyOther) {
  const std::string category(600, 'c');
  const auto file = write("feed.rss", R"(<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coast Wire</title>
<item><title>Ferry strike ends</title><link>https://coast.example/ferry</link>
<category>)" + category + R"(</category>
<description>The ferry strike ended on Friday.</description>
<pubDate>Fri, 02 Feb 2024 10:00:00 GMT</pubDate></item>
</channel></rss>
)");
  const auto r = index(shell_quote(file));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(search_json("ferry")["hits"].size(), 1u);
}

}  // namespace
}  // namespace newsarchive
