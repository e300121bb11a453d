// Export, concordance and trend through the public library interface (docs/research-tools.md),
// on archives the real indexer builds: one that indexes stems, one stemmed at search time.
#include <gtest/gtest.h>

#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

class ResearchToolsTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    testing::index_articles(
        dir_, db_,
        {{"a.txt",
          "Id: a\nTitle: Cocoa prices climb, \"again\"\nDate: 2020-12-31\nSource: Coast Wire\n\n"
          "Cocoa futures rose after the storm. Traders said the price of cocoa was sanctioned "
          "by nobody; prices climbed."},
         {"b.txt",
          "Id: b\nTitle: Harbour bridge reopens\nDate: 2021-01-04\nSource: Courier\n\n"
          "The harbour bridge reopened two years after a storm damaged it. The price was high."},
         {"c.txt",
          "Id: c\nTitle: Sanctions on cocoa traders\nDate: 2021-02-10\nSource: Coast Wire\n\n"
          "New sanctions hit cocoa traders. The sanctioning body met."},
         {"d.txt",
          "Id: d\nTitle: Weather report\nDate: 2021-02-11\nSource: Courier\n\n"
          "Rain and wind today."},
         {"e.txt", "Id: e\nTitle: Undated cocoa note\nSource: Courier\n\nCocoa is a crop."}},
        GetParam());
  }
  Searcher searcher() const { return Searcher(db_); }
  static SearchRequest query(const std::string& q, SortOrder sort = SortOrder::kOldest) {
    SearchRequest r;
    r.query = q;
    r.sort = sort;
    return r;
  }
  ConcordanceResult kwic(const std::string& q, std::size_t context,
                         ConcordanceOrder order = ConcordanceOrder::kResults) const {
    ConcordanceRequest c;
    c.search = query(q);
    c.all = true;
    c.context_words = context;
    c.order = order;
    return searcher().concordance(c);
  }
  static std::vector<std::string> matches(const ConcordanceResult& r) {
    std::vector<std::string> out;
    for (const auto& l : r.lines) out.push_back(l.left + "[" + l.match + "]" + l.right);
    return out;
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_P(ResearchToolsTest, CsvRecordsQuoteWhatWouldBreakAField) {
  EXPECT_EQ(csv_record({"plain", "", "ünïcode"}), "plain,,ünïcode\r\n");
  EXPECT_EQ(csv_record({"a,b", "say \"hi\"", "two\nlines", "cr\r"}),
            "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\r\n");
  EXPECT_EQ(csv_record({}), "\r\n");
  EXPECT_EQ(csv_record({"=HYPERLINK(\"x\")", "-1", "a=b"}),
            "\"'=HYPERLINK(\"\"x\"\")\",'-1,a=b\r\n");
}

TEST_P(ResearchToolsTest, ExportGivesEveryResultInTheSortOrderWithTheFieldsAsked) {
  ExportRequest e;
  e.search = query("cocoa OR bridge");
  e.search.limit = 1;  // a page of one, unless all
  e.all = true;
  e.fields = {"id", "date", "source", "title"};
  std::vector<std::vector<std::string>> rows;
  const auto n = searcher().export_rows(e, [&](const auto& row) { rows.push_back(row); });
  EXPECT_EQ(n, 4u);
  const std::vector<std::vector<std::string>> expected{
      {"a", "2020-12-31", "Coast Wire", "Cocoa prices climb, \"again\""},
      {"b", "2021-01-04", "Courier", "Harbour bridge reopens"},
      {"c", "2021-02-10", "Coast Wire", "Sanctions on cocoa traders"},
      {"e", "", "Courier", "Undated cocoa note"}};
  EXPECT_EQ(rows, expected);
  e.all = false;
  rows.clear();
  EXPECT_EQ(searcher().export_rows(e, [&](const auto& row) { rows.push_back(row); }), 1u);
  e.fields = {};
  rows.clear();
  searcher().export_rows(e, [&](const auto& row) { rows.push_back(row); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].size(), default_export_fields().size());
}

TEST_P(ResearchToolsTest, AnUnknownExportFieldIsAQueryErrorNamingTheValidOnes) {
  ExportRequest e;
  e.search = query("cocoa");
  e.fields = {"id", "colour"};
  try {
    searcher().export_rows(e, [](const auto&) { FAIL() << "no row before the check"; });
    FAIL() << "no error";
  } catch (const QueryError& err) {
    EXPECT_NE(std::string(err.what()).find("no export field 'colour'"), std::string::npos);
    EXPECT_NE(std::string(err.what()).find("id, date, title"), std::string::npos) << err.what();
  }
}

TEST_P(ResearchToolsTest, ForEachHitStreamsEveryResultLikeOneBigPage) {
  SearchRequest r = query("cocoa OR storm OR rain", SortOrder::kNewest);
  r.limit = 100;
  std::vector<std::string> page;
  for (const auto& h : searcher().search(r).hits) page.push_back(h.id);
  r.limit = 2;
  std::vector<std::string> streamed;
  EXPECT_EQ(searcher().for_each_hit(r, true, [&](const Hit& h) { streamed.push_back(h.id); }),
            page.size());
  EXPECT_EQ(streamed, page);
  EXPECT_EQ(page, (std::vector<std::string>{"d", "c", "b", "a", "e"}));
}

TEST_P(ResearchToolsTest, ConcordanceShowsStemmedAndWildcardMatchesAsWritten) {
  EXPECT_EQ(
      matches(kwic("price", 2)),
      (std::vector<std::string>{"Cocoa [prices] climb, \"again\"", "said the [price] of cocoa",
                                "by nobody; [prices] climbed.", "it. The [price] was high."}));
  EXPECT_EQ(matches(kwic("sanction*", 1)),
            (std::vector<std::string>{"was [sanctioned] by", "[Sanctions] on",
                                      "New [sanctions] hit", "The [sanctioning] body"}));
}

TEST_P(ResearchToolsTest, APhraseIsOneMatchAndContextStaysInsideItsText) {
  const auto r = kwic("\"harbour bridge\"", 3);
  EXPECT_EQ(matches(r), (std::vector<std::string>{"[Harbour bridge] reopens",
                                                  "The [harbour bridge] reopened two years"}));
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.lines[0].id, "b");
  EXPECT_EQ(r.lines[0].source, "Courier");
  EXPECT_EQ(r.lines[0].date, "2021-01-04");
  EXPECT_EQ(r.articles, 1u);
}

TEST_P(ResearchToolsTest, ConcordanceSortsByTheWordsBeforeNearestFirstOrByTheWordsAfter) {
  EXPECT_EQ(
      matches(kwic("storm", 2, ConcordanceOrder::kLeft)),
      (std::vector<std::string>{"after a [storm] damaged it.", "after the [storm]. Traders"}));
  EXPECT_EQ(matches(kwic("price", 1, ConcordanceOrder::kRight)),
            (std::vector<std::string>{"Cocoa [prices] climb,", "nobody; [prices] climbed.",
                                      "the [price] of", "The [price] was"}));
  const auto by_date = kwic("cocoa", 0, ConcordanceOrder::kDate);
  ASSERT_FALSE(by_date.lines.empty());
  EXPECT_EQ(by_date.lines.front().id, "a");
  EXPECT_EQ(by_date.lines.back().id, "e");  // undated last
}

TEST_P(ResearchToolsTest, ConcordanceOfAPageReadsOnlyThePagesArticles) {
  ConcordanceRequest c;
  c.search = query("cocoa");
  c.search.limit = 1;
  const auto r = searcher().concordance(c);
  EXPECT_EQ(r.articles, 1u);
  EXPECT_EQ(r.total, 3u);
  for (const auto& l : r.lines) EXPECT_EQ(l.id, "a");
}

TEST_P(ResearchToolsTest, TrendCountsEachQueryPerPeriodAgainstAllArticlesOnOneAxis) {
  TrendRequest t;
  t.queries = {"cocoa", "storm"};
  const auto r = searcher().trend(t);
  EXPECT_EQ(r.granularity, "month");
  EXPECT_EQ(r.periods, (std::vector<std::string>{"2020-12", "2021-01", "2021-02"}));
  EXPECT_EQ(r.articles, (std::vector<std::uint64_t>{1, 1, 2}));
  ASSERT_EQ(r.series.size(), 2u);
  EXPECT_EQ(r.series[0].query, "cocoa");
  EXPECT_EQ(r.series[0].counts, (std::vector<std::uint64_t>{1, 0, 1}));
  EXPECT_EQ(r.series[0].shares, (std::vector<double>{1.0, 0.0, 0.5}));
  EXPECT_EQ(r.series[0].undated, 1u);
  EXPECT_EQ(r.series[1].counts, (std::vector<std::uint64_t>{1, 1, 0}));
}

TEST_P(ResearchToolsTest, TrendByIsoWeekAndYearWithDateBounds) {
  TrendRequest t;
  t.queries = {"cocoa"};
  t.period = TrendPeriod::kWeek;
  t.until = "2021-01";
  const auto weeks = searcher().trend(t);
  // 2020-12-31 is a Thursday of ISO week 53 of 2020; 2021-01-04 the Monday of week 1.
  EXPECT_EQ(weeks.periods, (std::vector<std::string>{"2020-W53", "2021-W01"}));
  EXPECT_EQ(weeks.series[0].counts, (std::vector<std::uint64_t>{1, 0}));
  t.period = TrendPeriod::kYear;
  t.until.reset();
  const auto years = searcher().trend(t);
  EXPECT_EQ(years.periods, (std::vector<std::string>{"2020", "2021"}));
  EXPECT_EQ(years.articles, (std::vector<std::uint64_t>{1, 3}));
}

TEST_P(ResearchToolsTest, TrendRefusesNoQueryOrAnEmptyOne) {
  EXPECT_THROW(searcher().trend({}), QueryError);
  TrendRequest t;
  t.queries = {"cocoa", " "};
  EXPECT_THROW(searcher().trend(t), QueryError);
}

TEST_P(ResearchToolsTest, TheDateFacetTakesAGranularity) {
  SearchRequest r = query("cocoa OR rain");
  r.facets.push_back({"date", 10, "day"});
  const auto days = searcher().search(r).facets.at(0);
  EXPECT_EQ(days.granularity, "day");
  EXPECT_EQ(days.values.front().key, "2020-12-31");
  EXPECT_EQ(days.values.size(), 43u);  // every day to 2021-02-11
  r.facets[0].granularity = "fortnight";
  EXPECT_THROW(searcher().search(r), QueryError);
}

INSTANTIATE_TEST_SUITE_P(StemsIndexedOrAtSearch, ResearchToolsTest, ::testing::Bool());

}  // namespace
}  // namespace newsarchive
