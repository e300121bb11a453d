#include "newsarchive/indexer/readers/plain_text_reader.h"

#include <gtest/gtest.h>

#include "newsarchive/common/publication_date.h"

namespace newsarchive::indexer {
namespace {

Article parse(std::string_view text, std::string* error = nullptr) {
  Article a;
  std::string e;
  EXPECT_TRUE(parse_plain_text_article(text, a, e)) << e;
  if (error) *error = e;
  return a;
}

TEST(PlainTextReader, HeaderBlockGivesMetadata) {
  const auto a = parse(
      "Title: Bridge reopens\nDate: 2024-03-18T09:30:00+01:00\nSource: The Courier\n"
      "Author: M. Lindqvist\nURL: https://example.org/b\nLanguage: en\nId: c-1\n\nBody here.\n");
  EXPECT_EQ(a.title, "Bridge reopens");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_iso8601(*a.published), "2024-03-18T08:30:00Z");
  EXPECT_EQ(a.source, "The Courier");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "M. Lindqvist");
  EXPECT_EQ(a.url, "https://example.org/b");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.id, "c-1");
  EXPECT_EQ(a.body, "Body here.");
}

TEST(PlainTextReader, NoHeaderMeansFirstSentenceTitleAndNoDate) {
  const auto a = parse("Iran’s leader spoke in Tehran. He said more.\nSecond paragraph.\n");
  EXPECT_EQ(a.title, "Iran’s leader spoke in Tehran");
  EXPECT_FALSE(a.published);
  EXPECT_TRUE(a.body.starts_with("Iran’s leader spoke"));
}

TEST(PlainTextReader, ALineWithAColonIsNotAHeaderUnlessItsKeyIsKnown) {
  const auto a = parse("Warning: markets fell.\n\nMore text.");
  EXPECT_FALSE(a.published);
  EXPECT_TRUE(a.body.starts_with("Warning: markets fell."));
}

TEST(PlainTextReader, UnreadableDateKeepsTheArticleUndatedWithAWarning) {
  std::string error;
  const auto a = parse("Title: T\nDate: sometime soon\n\nBody", &error);
  EXPECT_FALSE(a.published);
  EXPECT_NE(error.find("unrecognised date 'sometime soon'"), std::string::npos);
  EXPECT_EQ(a.title, "T");
}

TEST(PlainTextReader, FinancialNewsDashHeader) {
  const auto a = parse(
      "-- Stocks rally on rate hopes\n-- By Jane Doe and John Roe\n"
      "-- Fri Oct 20, 2006 4:25pm EDT\n-- http://www.reuters.com/article/x\n\nNEW YORK "
      "(Reuters) - Stocks rose.\n");
  EXPECT_EQ(a.title, "Stocks rally on rate hopes");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_iso8601(*a.published), "2006-10-20T20:25:00Z");
  EXPECT_EQ(a.url, "http://www.reuters.com/article/x");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Jane Doe and John Roe");
  EXPECT_TRUE(a.body.starts_with("NEW YORK"));
}

// Every reader strips a byline's "By" by one rule, which takes wire capitals too.
TEST(PlainTextReader, DashHeaderBylineInCapitalsLosesItsBy) {
  const auto a = parse(
      "-- Stocks rally\n-- BY JANE DOE\n-- Fri Oct 20, 2006 4:25pm EDT\n-- http://x.org/a\n\n"
      "Stocks rose.\n");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "JANE DOE");
}

// The financial news reader recognises its files by the very header this reader parses.
TEST(PlainTextReader, DashHeaderIsFourDashLines) {
  EXPECT_TRUE(starts_with_dash_header("-- T\n-- By A\n-- Fri Oct 20, 2006\n-- http://x\n\nBody"));
  EXPECT_FALSE(starts_with_dash_header("-- T\n-- By A\n-- Fri Oct 20, 2006\nBody\n"));
  EXPECT_FALSE(starts_with_dash_header("Title: T\n\nBody"));
}

TEST(PlainTextReader, EmptyTextIsRefused) {
  Article a;
  std::string error;
  EXPECT_FALSE(parse_plain_text_article(" \n\n ", a, error));
  EXPECT_EQ(error, "no text");
}

}  // namespace
}  // namespace newsarchive::indexer
