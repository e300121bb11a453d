#include "newsarchive/indexer/readers/trec_reader.h"

#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(TrecReader, ReadsEveryDocOfTheSample) {
  const auto sink = read_as("trec", slurp(samples() / "trec_sample.sgml"), "t.sgml");
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_TRUE(sink.skips.empty());
  EXPECT_TRUE(sink.warnings.empty());
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "GAZ940314-0001");
  EXPECT_EQ(a.title, "Harbor Council Approves Lighthouse Restoration");
  EXPECT_EQ(day(a), "1994-03-14");
  EXPECT_EQ(a.source, "Portsmouth Gazette (invented sample)");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Maren Holt");
  EXPECT_NE(a.body.find("$410,000 & take two summers"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("<P>"), std::string::npos);
  // FT-style YYMMDD dates.
  EXPECT_EQ(day(sink.articles[1]), "1994-03-15");
}

TEST(TrecReader, TruncatedDocAndDocWithoutDocnoAreSkipped) {
  const std::string text =
      "<DOC><DOCNO>A-1</DOCNO><TEXT>first, cut short\n"
      "<DOC><DOCNO>A-2</DOCNO><TEXT>second</TEXT></DOC>\n"
      "<DOC><TEXT>no number</TEXT></DOC>\n"
      "<DOC><DOCNO>A-4</DOCNO><DATE>sometime</DATE><TEXT>fourth</TEXT></DOC>\n";
  const auto sink = read_as("trec", text, "t");
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[0].id, "A-2");
  EXPECT_EQ(sink.articles[1].id, "A-4");
  ASSERT_EQ(sink.skips.size(), 2u);
  EXPECT_EQ(sink.skips[0],
            std::make_pair(std::string("t:record 1"), std::string("truncated record (no </DOC>)")));
  EXPECT_EQ(sink.skips[1],
            std::make_pair(std::string("t:record 3"), std::string("record has no DOCNO")));
  ASSERT_EQ(sink.warnings.size(), 1u);  // the unreadable date
}

}  // namespace
}  // namespace newsarchive::indexer::testing
