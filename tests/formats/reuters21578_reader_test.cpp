#include "newsarchive/indexer/readers/reuters21578_reader.h"

#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(Reuters21578Reader, ReadsTheSampleLikeTheJsonConverter) {
  const auto sink = read_as("reuters21578", slurp(samples() / "reuters21578_sample.sgm"), "s.sgm");
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_TRUE(sink.skips.empty());
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "reuters21578-990001");
  EXPECT_EQ(a.title, "GRANVILLE MILLS RAISES OAT PRICES");
  EXPECT_EQ(instant(a), "1987-03-12T10:15:22Z");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.origin, "s.sgm:record 1");
  // Latin-1 becomes UTF-8, and &lt; a real "<".
  EXPECT_NE(a.body.find("Qu\xC3\xA9"
                        "bec"),
            std::string::npos)
      << a.body;
  EXPECT_NE(a.body.find("<Granville Mills Ltd> said"), std::string::npos);
  EXPECT_EQ(a.body.find("&#"), std::string::npos);
  EXPECT_TRUE(has_label(a, "topics", "grain"));
  EXPECT_TRUE(has_label(a, "topics", "oat"));
  EXPECT_TRUE(has_label(a, "places", "canada"));
  EXPECT_EQ(a.labels.size(), 3u);
}

TEST(Reuters21578Reader, BriefStoryTakesItsTextFromTextWithoutTitleOrDateline) {
  const auto sink = read_as("reuters21578", slurp(samples() / "reuters21578_sample.sgm"));
  ASSERT_EQ(sink.articles.size(), 2u);
  const Article& a = sink.articles[1];
  EXPECT_EQ(a.title, "HARTWELL INSTRUMENTS SETS TWO-FOR-ONE SPLIT");
  EXPECT_EQ(a.body, "Hartwell Instruments, an invented company, set a two-for-one stock split.");
  EXPECT_EQ(instant(a), "1987-03-13T09:02:11Z");
  EXPECT_TRUE(has_label(a, "exchanges", "nyse"));
}

TEST(Reuters21578Reader, IrregularDatesAreReadAsTheConverterReadsThem) {
  const std::string record =
      "<REUTERS NEWID=\"7\"><DATE>5-MAR-1987 09:12:46.64&#9;&#9;&#9;C T</DATE>"
      "<TEXT><TITLE>A</TITLE><BODY>b</BODY></TEXT></REUTERS>\n"
      "<REUTERS NEWID=\"8\"><DATE>5-MAR-1987 09:12:46.64    # date added by S Finch</DATE>"
      "<TEXT><TITLE>A</TITLE><BODY>b</BODY></TEXT></REUTERS>\n"
      "<REUTERS NEWID=\"9\"><DATE>5-MAR-1987 101:12:46.64</DATE>"
      "<TEXT><TITLE>A</TITLE><BODY>b</BODY></TEXT></REUTERS>\n";
  const auto sink = read_as("reuters21578", record);
  ASSERT_EQ(sink.articles.size(), 3u);
  EXPECT_EQ(instant(sink.articles[0]), "1987-03-05T09:12:46Z");
  EXPECT_EQ(instant(sink.articles[1]), "1987-03-05T09:12:46Z");
  EXPECT_EQ(instant(sink.articles[2]), "none");  // an hour of 101: undated, with a warning
  ASSERT_EQ(sink.warnings.size(), 1u);
  EXPECT_EQ(sink.warnings[0].first, "test:record 3");
}

TEST(Reuters21578Reader, TruncatedAndIdlessRecordsAreSkippedAndTheRestRead) {
  const std::string text =
      "<REUTERS NEWID=\"1\"><TEXT><TITLE>CUT SHORT</TITLE><BODY>never ends\n"
      "<REUTERS NEWID=\"2\"><TEXT><TITLE>WHOLE</TITLE><BODY>fine</BODY></TEXT></REUTERS>\n"
      "<REUTERS OLDID=\"3\"><TEXT><TITLE>NO ID</TITLE></TEXT></REUTERS>\n"
      "<REUTERS NEWID=\"4\"><TEXT><TITLE>LAST</TITLE><BODY>also cut";
  const auto sink = read_as("reuters21578", text, "r.sgm");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].id, "reuters21578-2");
  ASSERT_EQ(sink.skips.size(), 3u);
  EXPECT_EQ(sink.skips[0].first, "r.sgm:record 1");
  EXPECT_EQ(sink.skips[0].second, "truncated record (no </REUTERS>)");
  EXPECT_EQ(sink.skips[1].first, "r.sgm:record 3");
  EXPECT_EQ(sink.skips[1].second, "record has no NEWID");
  EXPECT_EQ(sink.skips[2].first, "r.sgm:record 4");
}

}  // namespace
}  // namespace newsarchive::indexer::testing
