#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(NitfReader, ReadsHeadlineBylineDateSubjectsAndParagraphs) {
  const auto sink = read_as("nitf", slurp(samples() / "nitf_sample.xml"));
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_TRUE(sink.warnings.empty());
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "alpine-courier-2021-0203-017");
  EXPECT_EQ(a.title, "Glacier Rail Line Reopens After Avalanche");
  EXPECT_EQ(instant(a), "2021-02-03T07:15:00Z");  // ISO 8601 basic format
  EXPECT_EQ(a.source, "Alpine Courier (invented sample)");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_EQ(a.language, "en");
  EXPECT_TRUE(has_label(a, "subjects", "railway"));
  EXPECT_TRUE(has_label(a, "subjects", "natural disaster"));
  EXPECT_TRUE(has_label(a, "keywords", "avalanche"));
  // Paragraphs stay apart; space inside them is collapsed.
  EXPECT_NE(a.body.find("snow and rock.\n\nCrews worked"), std::string::npos) << a.body;
}

TEST(NewsMlReader, ReadsAnItemWithInlineXhtml) {
  const auto sink = read_as("newsml", slurp(samples() / "newsml_sample.xml"));
  ASSERT_EQ(sink.articles.size(), 1u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "urn:newsml:lakeside-herald.example:20220610:library-night");
  EXPECT_EQ(a.title, "City Library Opens Night Reading Room");
  EXPECT_EQ(instant(a), "2022-06-10T08:30:00Z");  // firstCreated
  EXPECT_EQ(a.source, "Lakeside Herald (invented sample)");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Tomas Berg"});
  EXPECT_TRUE(has_label(a, "subjects", "arts, culture and entertainment"));
  EXPECT_TRUE(has_label(a, "subjects", "medtop:20000002"));  // no name: the qcode
  EXPECT_EQ(a.body.find("City Library Opens"), std::string::npos)
      << "the <head><title> is no body text";
  EXPECT_NE(a.body.find("open until 2 a.m."), std::string::npos);
}

TEST(NewsMlReader, ReadsEveryItemOfANewsMessage) {
  const std::string message =
      "<newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'><itemSet>"
      "<newsItem guid='a'><contentMeta><headline>One</headline></contentMeta></newsItem>"
      "<newsItem guid='b'><contentMeta><headline>Two</headline></contentMeta></newsItem>"
      "<newsItem guid='c'><contentMeta/></newsItem>"
      "</itemSet></newsMessage>";
  const auto sink = read_as("newsml", message, "m.xml");
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[1].title, "Two");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0],
            std::make_pair(std::string("m.xml:item 3"), std::string("no title or text")));
}

TEST(XmlReaders, TruncatedXmlIsSkippedWithTheParserMessage) {
  std::string xml = slurp(samples() / "nitf_sample.xml");
  xml.resize(xml.size() / 2);
  const auto sink = read_as("nitf", xml, "cut.xml");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].first, "cut.xml");
  EXPECT_TRUE(sink.skips[0].second.starts_with("not well-formed XML (")) << sink.skips[0].second;
}

TEST(XmlReaders, ExternalEntitiesAreNeverLoaded) {
  const std::string xxe =
      "<?xml version='1.0'?><!DOCTYPE nitf [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>"
      "<nitf><head><title>&secret;</title></head><body><body.content><p>text</p>"
      "</body.content></body></nitf>";
  const auto sink = read_as("nitf", xxe);
  for (const auto& a : sink.articles) {
    EXPECT_EQ(a.title.find("root:"), std::string::npos);
    EXPECT_EQ(a.body.find("root:"), std::string::npos);
  }
}

}  // namespace
}  // namespace newsarchive::indexer::testing
