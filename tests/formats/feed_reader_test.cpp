#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(FeedReader, RssItemsPreferContentEncodedAndReadRfc822Dates) {
  const auto sink = read_as("feed", slurp(samples() / "rss_sample.xml"), "rss.xml");
  ASSERT_EQ(sink.articles.size(), 2u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "harbour-times-2023-1114-ferry");
  EXPECT_EQ(a.title, "Ferry Service Adds Winter Crossings");
  EXPECT_EQ(a.url, "https://harbour-times.example/2023/11/14/ferry-winter");
  EXPECT_EQ(instant(a), "2023-11-14T09:00:00Z");
  EXPECT_EQ(a.source, "The Harbour Times (invented sample)");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Lena Ortiz"});
  EXPECT_TRUE(has_label(a, "categories", "Transport"));
  EXPECT_EQ(a.body,
            "The island ferry will run four extra crossings a day this winter.\n\n"
            "Fares stay the same, the operator said.");
  EXPECT_EQ(a.origin, "rss.xml:item 1");

  const Article& b = sink.articles[1];
  EXPECT_EQ(b.id, "");  // no guid: the indexer falls back to the link
  EXPECT_EQ(b.body, "The harbour bakery cooperative won the regional sourdough prize.");
  EXPECT_EQ(instant(b), "2023-11-15T16:30:00Z");
  // RSS's author is "email (Name)": the name is what a reader searches for.
  EXPECT_EQ(b.authors, std::vector<std::string>{"Omar Haddad"});
}

TEST(FeedReader, AtomEntriesReadHtmlTitlesAndXhtmlContent) {
  const auto sink = read_as("feed", slurp(samples() / "atom_sample.xml"));
  ASSERT_EQ(sink.articles.size(), 1u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "tag:skyline.example,2023-08-13:meteor-peak");
  EXPECT_EQ(a.title, "Observatory Records Meteor Shower Peak");
  EXPECT_EQ(a.url, "https://skyline.example/2023/08/13/meteor-peak");
  EXPECT_EQ(instant(a), "2023-08-13T22:15:00Z");  // published, not updated
  EXPECT_EQ(a.source, "Skyline Science Desk (invented sample)");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Priya Nair"});
  EXPECT_TRUE(has_label(a, "categories", "Astronomy"));
  EXPECT_EQ(a.body,
            "The hilltop observatory counted 96 meteors an hour at the shower's peak.\n\n"
            "Clear skies helped, staff said.");
}

TEST(FeedReader, BrokenFeedsAreSkippedWithAReason) {
  auto sink = read_as("feed", "<rss><channel><item><title>Cut", "bad.rss");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_TRUE(sink.skips[0].second.starts_with("not well-formed XML")) << sink.skips[0].second;

  sink = read_as("feed", "<rss><channel><title>Empty</title></channel></rss>", "empty.rss");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].second, "feed has no items");

  sink = read_as("feed",
                 "<rss><channel><item><pubDate>soon</pubDate><title>T</title></item>"
                 "</channel></rss>");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.warnings.size(), 1u);
}

}  // namespace
}  // namespace newsarchive::indexer::testing
