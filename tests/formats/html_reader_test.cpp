#include "newsarchive/indexer/readers/html_reader.h"

#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(HtmlReader, TakesMetadataFromJsonLdAndTextFromTheArticle) {
  const auto sink = read_as("html", slurp(samples() / "article_sample.html"), "page.html");
  ASSERT_EQ(sink.articles.size(), 1u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.title, "Orchard Growers Report Record Apple Harvest");  // JSON-LD beats og:title
  EXPECT_EQ(instant(a), "2022-10-05T05:45:00Z");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jonas Weber"});
  EXPECT_EQ(a.source, "Valley Post (invented sample)");
  EXPECT_EQ(a.url, "https://valley-post.example/2022/10/05/orchard-harvest");
  EXPECT_EQ(a.language, "en");
  EXPECT_NE(a.body.find("18,000 tonnes of apples"), std::string::npos) << a.body;
  for (const char* boilerplate :
       {"Subscribe", "Sport", "Tram strike", "newsletter", "Cookie", "tracking", "font-family"})
    EXPECT_EQ(a.body.find(boilerplate), std::string::npos) << boilerplate << " in " << a.body;
}

TEST(HtmlReader, FallsBackToOpenGraphAndTheDensestParagraphs) {
  const std::string page =
      "<html><head><title>Site | A title</title>"
      "<meta property='og:title' content='Bridge Repairs Finish Early'>"
      "<meta property='article:published_time' content='2021-04-02T10:00:00Z'>"
      "<meta name='author' content='Kim Lee'><meta property='og:site_name' content='Town Crier'>"
      "</head><body><div class='menu'><p>Home</p></div>"
      "<div class='story'><p>Repairs to the old bridge finished a week early.</p>"
      "<p>Traffic returns on Monday.</p></div></body></html>";
  const auto sink = read_as("html", page);
  ASSERT_EQ(sink.articles.size(), 1u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.title, "Bridge Repairs Finish Early");
  EXPECT_EQ(instant(a), "2021-04-02T10:00:00Z");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Kim Lee"});
  EXPECT_EQ(a.source, "Town Crier");
  EXPECT_EQ(a.body,
            "Repairs to the old bridge finished a week early.\n\nTraffic returns on Monday.");
}

TEST(HtmlReader, TitleElementIsTheLastResort) {
  const auto sink = read_as("html",
                            "<html><head><title>Plain Page</title></head>"
                            "<body><p>Only a paragraph.</p></body></html>");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].title, "Plain Page");
}

TEST(HtmlReader, PageWithoutArticleTextIsSkippedWithAReason) {
  const auto sink = read_as("html",
                            "<html><head><title>Index</title></head><body><nav><a href='/'>Home"
                            "</a></nav><footer>About us</footer></body></html>",
                            "index.html");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].first, "index.html");
  EXPECT_EQ(sink.skips[0].second, "no article text on the page (navigation or boilerplate only)");
}

TEST(HtmlReader, BrokenMarkupIsRecovered) {
  const auto sink = read_as("html", "<html><body><article><p>Unclosed <b>bold <p>second");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_NE(sink.articles[0].body.find("second"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer::testing
