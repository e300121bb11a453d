#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

std::string record(const std::string& type, const std::string& uri, const std::string& block,
                   std::size_t declared) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-02-01T12:00:00Z\r\nContent-Length: " + std::to_string(declared) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

std::string page(const std::string& words) {
  const std::string html = "<html><head><title>" + words + "</title></head><body><p>" + words +
                           " in the body.</p></body></html>";
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
}

TEST(WarcReader, ResponseRecordsWithHtmlBecomeArticles) {
  const auto sink = read_as("warc", slurp(samples() / "crawl_sample.warc"), "c.warc");
  EXPECT_TRUE(sink.skips.empty()) << sink.skips[0].first << ": " << sink.skips[0].second;
  ASSERT_EQ(sink.articles.size(), 1u);  // warcinfo, request and the PNG response are no articles
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "http://rail-heritage.example/news/locomotive");
  EXPECT_EQ(a.url, a.id);
  EXPECT_EQ(a.title, "Museum Unveils Restored Steam Locomotive");
  EXPECT_EQ(instant(a), "2024-01-20T10:00:01Z");  // WARC-Date: the page has no date
  EXPECT_EQ(a.source, "Rail Heritage News (invented sample)");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Elif Sahin"});
  EXPECT_EQ(a.origin, "c.warc:record 3");
  EXPECT_EQ(a.body.find("Events"), std::string::npos);
}

TEST(WarcReader, TooLongContentLengthIsReportedAndTheNextRecordStillRead) {
  const std::string first = page("First story");
  const std::string text =
      record("response", "http://a.example/1", first, first.size() + 40) +
      record("response", "http://a.example/2", page("Second story"), page("Second story").size());
  const auto sink = read_as("warc", text, "w.warc");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].first, "w.warc:record 1");
  EXPECT_NE(sink.skips[0].second.find("Content-Length does not match the record (declared "),
            std::string::npos);
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].id, "http://a.example/2");
}

TEST(WarcReader, TooShortContentLengthIsReportedAndTheNextRecordStillRead) {
  const std::string first = page("First story");
  const std::string text =
      record("response", "http://a.example/1", first, first.size() - 30) +
      record("response", "http://a.example/2", page("Second story"), page("Second story").size());
  const auto sink = read_as("warc", text, "w.warc");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].first, "w.warc:record 1");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].id, "http://a.example/2");
  EXPECT_EQ(sink.articles[0].origin, "w.warc:record 2");
}

TEST(WarcReader, TruncatedFileEndsWithAReport) {
  std::string text =
      record("response", "http://a.example/1", page("Only story"), page("Only story").size());
  text.resize(text.size() - 40);
  const auto sink = read_as("warc", text, "t.warc");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_TRUE(sink.skips[0].second.starts_with("truncated record")) << sink.skips[0].second;
}

TEST(WarcReader, HtmlResponseWithoutArticleTextIsSkipped) {
  const std::string empty_page =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><nav>Menu</nav></body></html>";
  const auto sink = read_as(
      "warc", record("response", "http://a.example/", empty_page, empty_page.size()), "e.warc");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].first, "e.warc:record 1");
}

}  // namespace
}  // namespace newsarchive::indexer::testing
