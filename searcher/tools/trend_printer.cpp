// The trend on a terminal: a row per period, each query's share of the period's articles as its
// symbol on one horizontal scale, the exact shares beside it; and as CSV.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "research_options.h"

namespace newsarchive::cli {
namespace {

constexpr std::array<std::string_view, 6> kSymbols = {
    "\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x97\x86", "\xE2\x96\xA0", "\xE2\x96\xB2", "\xE2\x98\x85"};
constexpr std::array<std::string_view, 6> kAsciiSymbols = {"*", "o", "+", "#", "x", "@"};
constexpr std::array<std::string_view, 6> kColours = {"\x1b[31m", "\x1b[32m", "\x1b[34m",
                                                      "\x1b[35m", "\x1b[36m", "\x1b[33m"};
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kSeveral = "&";  // two or more series at one point
constexpr std::size_t kShareWidth = 8;      // " 12.34%" and a space
constexpr std::size_t kMinPlot = 10;

std::string symbol(std::size_t series, const TrendStyle& style) {
  std::string s(style.ascii ? kAsciiSymbols[series % kAsciiSymbols.size()]
                            : kSymbols[series % kSymbols.size()]);
  if (series >= kSymbols.size()) s = std::string(1, char('a' + (series - kSymbols.size()) % 26));
  if (!style.colour) return s;
  return std::string(kColours[series % kColours.size()]) + s + std::string(kReset);
}

std::string percent(double share) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%6.2f%%", 100 * share);
  return buffer.data();
}

double largest_share(const TrendResult& r) {
  double top = 0;
  for (const auto& s : r.series)
    for (const double v : s.shares) top = std::max(top, v);
  return top;
}

// One period's row: its label, the plot with each series' symbol where its share falls, and
// the shares themselves. Returns whether two series fell on one point (drawn kSeveral).
bool print_row(const TrendResult& r, std::size_t i, std::size_t label_width, std::size_t plot,
               double top, const TrendStyle& style, std::ostream& out) {
  std::vector<std::string> cells(plot, " ");
  bool several = false;
  for (std::size_t s = 0; s < r.series.size(); ++s) {
    if (r.series[s].counts[i] == 0) continue;
    const auto at = std::min(
        plot - 1,
        static_cast<std::size_t>(std::lround(r.series[s].shares[i] / top * double(plot - 1))));
    several = several || cells[at] != " ";
    cells[at] = cells[at] == " " ? symbol(s, style) : std::string(kSeveral);
  }
  std::string label = r.periods[i];
  label.resize(label_width, ' ');
  out << label << " |";
  for (const auto& c : cells) out << c;
  out << "|";
  for (const auto& s : r.series)
    out << ' '
        << (r.articles[i] == 0 ? std::string(kShareWidth - 2, ' ') + "-" : percent(s.shares[i]));
  out << '\n';
  return several;
}

}  // namespace

void print_trend(const TrendResult& r, const TrendStyle& style, std::ostream& out) {
  out << "Share of each " << r.granularity << "'s articles that match:";
  for (std::size_t s = 0; s < r.series.size(); ++s)
    out << "  " << symbol(s, style) << ' ' << r.series[s].query;
  out << '\n';
  if (r.periods.empty()) {
    out << "(no dated articles)\n";
    return;
  }
  std::size_t label_width = 0;
  for (const auto& p : r.periods) label_width = std::max(label_width, p.size());
  const std::size_t fixed = label_width + 3 + r.series.size() * kShareWidth;
  const std::size_t plot = style.width > fixed + kMinPlot ? style.width - fixed : kMinPlot;
  const double top = largest_share(r);
  const std::string top_label = percent(top).substr(percent(top).find_first_not_of(' '));
  out << std::string(label_width + 2, ' ') << "0%"
      << std::string(plot > top_label.size() + 2 ? plot - top_label.size() - 2 : 1, ' ')
      << top_label << '\n';
  bool several = false;
  for (std::size_t i = 0; i < r.periods.size(); ++i)
    several = print_row(r, i, label_width, plot, top > 0 ? top : 1, style, out) || several;
  if (several)
    out << kSeveral << ": several queries at one point (their shares are on the right)\n";
  for (const auto& s : r.series)
    if (s.undated > 0) out << s.query << ": " << s.undated << " undated matches (in no period)\n";
}

void print_trend_csv(const TrendResult& r, std::ostream& out) {
  std::vector<std::string> header{"period", "articles"};
  for (const auto& s : r.series) {
    header.push_back(s.query);
    header.push_back(s.query + " share");
  }
  out << csv_record(header);
  for (std::size_t i = 0; i < r.periods.size(); ++i) {
    std::vector<std::string> row{r.periods[i], std::to_string(r.articles[i])};
    for (const auto& s : r.series) {
      std::array<char, 32> share{};
      std::snprintf(share.data(), share.size(), "%.6f", s.shares[i]);
      row.push_back(std::to_string(s.counts[i]));
      row.push_back(share.data());
    }
    out << csv_record(row);
  }
}

}  // namespace newsarchive::cli
