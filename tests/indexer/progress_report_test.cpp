#include "newsarchive/indexer/progress_report.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsarchive::indexer {
namespace {

ProgressSnapshot halfway() {
  // 12,345 articles from 50 of 100 MB in 10 s: 1,235/s (rounded), 10 s left.
  return {12345, 50'000'000, 100'000'000, 10.0};
}

TEST(ProgressReport, BarShowsShareArticlesRateAndEta) {
  const std::string line = ProgressReport::bar_line(halfway(), 79);
  EXPECT_LE(line.size(), 79u);
  EXPECT_EQ(line.find("[####"), 0u) << line;
  EXPECT_NE(line.find(" 50%"), std::string::npos) << line;
  EXPECT_NE(line.find("12,345 articles"), std::string::npos) << line;
  EXPECT_NE(line.find("50.0 MB"), std::string::npos) << line;
  EXPECT_NE(line.find("1,235/s"), std::string::npos) << line;
  EXPECT_NE(line.find("ETA 0:10"), std::string::npos) << line;
}

TEST(ProgressReport, WithoutATotalThereIsNoBarNorEta) {
  ProgressSnapshot s = halfway();
  s.total_bytes = 0;  // standard input
  const std::string line = ProgressReport::bar_line(s, 79);
  EXPECT_EQ(line.find('['), std::string::npos) << line;
  EXPECT_EQ(line.find("ETA"), std::string::npos) << line;
  EXPECT_NE(line.find("12,345 articles"), std::string::npos) << line;
  EXPECT_EQ(ProgressReport::plain_line(s), "12,345 articles, 50.0 MB, 1,235 articles/s");
}

TEST(ProgressReport, PlainLineForLogs) {
  EXPECT_EQ(ProgressReport::plain_line(halfway()),
            "12,345 articles, 50.0 of 100.0 MB (50%), 1,235 articles/s, ETA 0:10");
}

TEST(ProgressReport, LinesAreThrottledToTheInterval) {
  std::ostringstream out;
  ProgressReport report(out, ProgressReport::Mode::kLines, 5.0);
  for (int second = 0; second <= 12; ++second)
    report.update({static_cast<std::uint64_t>(second) * 100, 0, 0, double(second)});
  // Drawn at 0, 5 and 10 s.
  std::size_t lines = 0;
  for (char c : out.str()) lines += c == '\n';
  EXPECT_EQ(lines, 3u) << out.str();
  EXPECT_NE(out.str().find("news-index: 1,000 articles"), std::string::npos) << out.str();
}

TEST(ProgressReport, MessagesClearTheBarFirst) {
  std::ostringstream out;
  ProgressReport report(out, ProgressReport::Mode::kTerminal, 0.5);
  report.update(halfway());
  report.message("a.xml:3: truncated XML");
  report.finish();
  const std::string s = out.str();
  const auto bar = s.find('[');
  const auto clear = s.find("\r\x1b[Ka.xml:3: truncated XML\n");
  ASSERT_NE(bar, std::string::npos) << s;
  ASSERT_NE(clear, std::string::npos) << s;
  EXPECT_LT(bar, clear);
  EXPECT_EQ(s.find('\n'), s.size() - 1) << "the bar itself never ends a line";
}

}  // namespace
}  // namespace newsarchive::indexer
