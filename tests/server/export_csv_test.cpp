// The CSV export's rows (export_stream.h): RFC 4180 quoting, and no formula a spreadsheet runs.
#include <gtest/gtest.h>

#include "export_stream.h"

namespace newsarchive::server {
namespace {

Hit hit_titled(const std::string& title) {
  Hit h;
  h.rank = 3;
  h.score = 1.5;
  h.id = "a1";
  h.title = title;
  h.source = "Wire";
  h.authors = {"Ann Lee", "Bo Chan"};
  h.date = "2021-04-12";
  return h;
}

TEST(ExportCsv, HeaderNamesEveryColumnOfARow) {
  EXPECT_EQ(csv_header(),
            "rank,id,date,title,source,authors,url,language,score,similar,cluster,snippet\r\n");
  EXPECT_EQ(csv_row(hit_titled("Rates held")),
            "3,a1,2021-04-12,Rates held,Wire,Ann Lee; Bo Chan,,,1.500000,0,,\r\n");
}

TEST(ExportCsv, QuotesCommasQuotesAndLineBreaks) {
  EXPECT_NE(csv_row(hit_titled("Rates, held")).find(",\"Rates, held\","), std::string::npos);
  EXPECT_NE(csv_row(hit_titled("The \"cut\"")).find(",\"The \"\"cut\"\"\","), std::string::npos);
  EXPECT_NE(csv_row(hit_titled("two\nlines")).find(",\"two\nlines\","), std::string::npos);
}

TEST(ExportCsv, CellsASpreadsheetWouldRunAreDefused) {
  for (const std::string formula : {"=HYPERLINK(\"x\")", "+1+1", "-2", "@SUM(A1)"}) {
    const auto row = csv_row(hit_titled(formula));
    EXPECT_EQ(row.find("," + formula), std::string::npos) << row;
    EXPECT_NE(row.find("'" + formula.substr(0, 2)), std::string::npos) << row;
  }
}

}  // namespace
}  // namespace newsarchive::server
