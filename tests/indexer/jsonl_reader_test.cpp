#include "newsarchive/indexer/readers/jsonl_reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "newsarchive/common/publication_date.h"

namespace newsarchive::indexer {
namespace {

struct CollectingSink : ArticleSink {
  std::vector<Article> articles;
  std::vector<std::string> skips, warnings;
  void article(Article a) override { articles.push_back(std::move(a)); }
  void skipped(const std::string& where, const std::string& reason) override {
    skips.push_back(where + ": " + reason);
  }
  void warning(const std::string& where, const std::string& m) override {
    warnings.push_back(where + ": " + m);
  }
};

TEST(JsonLinesReader, AcceptsTheUsualFieldNames) {
  Article a;
  std::string e;
  ASSERT_TRUE(parse_json_article(
      R"({"headline":"H","articleBody":"B","datePublished":"2021-04-12T14:05:00Z",)"
      R"("link":"http://x","publisher":{"@type":"Organization","name":"Wire"},)"
      R"("author":[{"@type":"Person","name":"Ilse Brandt"}],"guid":"g1"})",
      a, e))
      << e;
  EXPECT_EQ(a.title, "H");
  EXPECT_EQ(a.body, "B");
  EXPECT_EQ(format_iso8601(*a.published), "2021-04-12T14:05:00Z");
  EXPECT_EQ(a.url, "http://x");
  EXPECT_EQ(a.source, "Wire");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Ilse Brandt");
  EXPECT_EQ(a.id, "g1");
}

TEST(JsonLinesReader, ReadsTheSharedToolsOutputShape) {
  Article a;
  std::string e;
  ASSERT_TRUE(parse_json_article(
      R"({"id": "reuters21578-1", "title": "BAHIA COCOA REVIEW", "body": "Showers continued",)"
      R"( "date": "1987-02-26T15:01:01Z", "dateline": "SALVADOR, Feb 26", "source": "Reuters",)"
      R"( "places": ["el-salvador", "usa"], "people": [], "orgs": [], "topics": ["cocoa"],)"
      R"( "exchanges": []})",
      a, e));
  EXPECT_EQ(a.id, "reuters21578-1");
  EXPECT_EQ(format_iso8601(*a.published), "1987-02-26T15:01:01Z");
  ASSERT_EQ(a.labels.size(), 3u);
  EXPECT_EQ(a.labels[0], (std::pair<std::string, std::string>{"topics", "cocoa"}));
  Article f;
  ASSERT_TRUE(parse_json_article(
      R"({"id": "x.txt", "url": "u", "title": "T", "authors": ["Jane Doe"],)"
      R"( "date": "2006-10-20T16:25:00-04:00", "source": "Reuters", "body": "b"})",
      f, e));
  EXPECT_EQ(format_iso8601(*f.published), "2006-10-20T20:25:00Z");
}

TEST(JsonLinesReader, BadLinesAreReportedWithTheirNumberAndTheRestIsRead) {
  std::istringstream in(
      "{\"title\":\"one\",\"body\":\"first\"}\n"
      "{\"title\": broken\n"
      "\n"
      "[1,2]\n"
      "{\"id\":\"empty\"}\n"
      "{\"title\":\"two\",\"body\":\"second\",\"date\":\"not a date\"}\n");
  CollectingSink sink;
  JsonLinesReader().read(in, "f.jsonl", sink);
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[1].title, "two");
  EXPECT_EQ(sink.articles[1].origin, "f.jsonl:6");
  ASSERT_EQ(sink.skips.size(), 3u);
  EXPECT_EQ(sink.skips[0], "f.jsonl:2: not valid JSON");
  EXPECT_EQ(sink.skips[1], "f.jsonl:4: not a JSON object");
  EXPECT_EQ(sink.skips[2], "f.jsonl:5: no title or body");
  ASSERT_EQ(sink.warnings.size(), 1u);
  EXPECT_NE(sink.warnings[0].find("f.jsonl:6: unrecognised date"), std::string::npos);
}

TEST(JsonLinesReader, DetectedByContent) {
  JsonLinesReader r;
  EXPECT_GT(r.confidence("data.txt", "{\"title\":1}"), r.confidence("data.txt", "Hello"));
  EXPECT_EQ(r.confidence("notes", "Plain words"), 0);
}

}  // namespace
}  // namespace newsarchive::indexer
