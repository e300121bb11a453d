#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(FinancialNewsReader, ReadsTheDashedHeaderLikeTheConverter) {
  const auto sink = read_as("financial-news", slurp(samples() / "financial_news_sample"),
                            "archive.tar.gz/2007/financial_news_sample");
  ASSERT_EQ(sink.articles.size(), 1u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "financial_news_sample");  // the file name, as the converter's id
  EXPECT_EQ(a.title, "Marble quarry shares jump on export deal");
  EXPECT_EQ(instant(a), "2007-03-06T16:20:00Z");  // 11:20am EST
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Carla Mendes", "Paul Okafor"}));
  EXPECT_EQ(a.source, "");  // not a reuters.com URL
  EXPECT_TRUE(a.body.starts_with("CARRARA  (Invented Wire)"));
}

TEST(FinancialNewsReader, ReutersUrlGivesTheSourceAndAMissingBodyIsSkipped) {
  const std::string header =
      "-- Stocks seen weaker\n--\n-- Thu Jan 4, 2007 7:04am EST\n"
      "-- http://www.reuters.com/article/2007/01/04/x-idUSL0000000020070104\n";
  auto sink = read_as("financial-news", header + "\nSome text.\n", "a/x-id");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].source, "Reuters");
  EXPECT_TRUE(sink.articles[0].authors.empty());

  sink = read_as("financial-news", header, "a/x-id");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0],
            std::make_pair(std::string("a/x-id"), std::string("no body (header only)")));
}

}  // namespace
}  // namespace newsarchive::indexer::testing
