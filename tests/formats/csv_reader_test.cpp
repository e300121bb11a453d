#include "newsarchive/indexer/readers/csv_reader.h"

#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

TEST(CsvReader, ReadsQuotedMultiLineFieldsByTheJsonLinesNames) {
  const auto sink = read_as("csv", slurp(samples() / "news_sample.csv"), "n.csv");
  EXPECT_TRUE(sink.skips.empty());
  ASSERT_EQ(sink.articles.size(), 2u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.id, "csv-2019-0521-wind");
  EXPECT_EQ(a.title, "Wind Farm Connects to Grid");  // from the "headline" column
  EXPECT_EQ(instant(a), "2019-05-21T11:00:00Z");     // from "published"
  EXPECT_EQ(a.authors, std::vector<std::string>{"Sofia Marin"});
  EXPECT_EQ(a.source, "Coastal Energy Weekly (invented sample)");
  EXPECT_EQ(a.body,
            "The offshore wind farm sent its first power ashore on Tuesday.\n\n"
            "Its 40 turbines will supply \"about 90,000 homes\", the operator said.");
  EXPECT_EQ(a.origin, "n.csv:2");
  EXPECT_EQ(sink.articles[1].origin, "n.csv:5");  // line numbers count the embedded line breaks
}

TEST(CsvReader, AColumnMappingNamesUnusualColumns) {
  const std::string text = "story_name,copy,when\nTram Strike Ends,Trams run again.,2020-01-02\n";
  auto sink = read_as("csv", text);
  ASSERT_EQ(sink.skips.size(), 1u);  // neither column is known: no title or body

  sink = read_as("csv:title=story_name,body=copy,date=when", text);
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].title, "Tram Strike Ends");
  EXPECT_EQ(sink.articles[0].body, "Trams run again.");
  EXPECT_EQ(day(sink.articles[0]), "2020-01-02");

  std::string error;
  EXPECT_FALSE(parse_csv_columns("title", error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(find_reader("csv:title"), nullptr);
}

TEST(CsvReader, BadRowsAreSkippedWithTheirLineAndTheRestRead) {
  const std::string text =
      "title,body\n"
      "Good one,Fine text\n"
      "Too,many,fields\n"
      "\"Bad\"quote,x\n"
      "Second good,More text\n"
      "\"Never closed,runs to the end\n";
  const auto sink = read_as("csv", text, "b.csv");
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[1].title, "Second good");
  ASSERT_EQ(sink.skips.size(), 3u);
  EXPECT_EQ(sink.skips[0],
            std::make_pair(std::string("b.csv:3"),
                           std::string("wrong number of fields (3, the header has 2)")));
  EXPECT_EQ(sink.skips[1],
            std::make_pair(std::string("b.csv:4"), std::string("text after a closing quote")));
  EXPECT_EQ(sink.skips[2].first, "b.csv:6");
  EXPECT_TRUE(sink.skips[2].second.starts_with("unclosed quote"));
}

TEST(CsvReader, TabSeparatedValuesWork) {
  const auto sink = read_as("csv", "title\tbody\tdate\nA\tB, with a comma\t2020-05-01\n");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].body, "B, with a comma");
}

}  // namespace
}  // namespace newsarchive::indexer::testing
