// The concordance on a terminal: the matches in one column, the context cut to fit the line,
// and as CSV.
#include <algorithm>
#include <ostream>

#include "research_options.h"

namespace newsarchive::cli {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
constexpr std::string_view kBold = "\x1b[1;33m", kReset = "\x1b[0m";
constexpr std::size_t kDateWidth = 10;  // "2023-11-15"
constexpr std::size_t kMaxSourceWidth = 16;

// The bytes of `s` holding its first `n` code points.
std::size_t bytes_of_first(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < s.size(); ++i)
    if ((s[i] & 0xC0) != 0x80 && seen++ == n) break;
  return i;
}

// `s` in `width` columns: its end kept (left context) or its start (right context), an
// ellipsis where cut.
std::string fitted(std::string_view s, std::size_t width, bool keep_end) {
  const std::size_t w = display_width(s);
  if (w <= width) return std::string(s);
  if (width == 0) return "";
  if (keep_end)
    return std::string(kEllipsis) + std::string(s.substr(bytes_of_first(s, w - width + 1)));
  return std::string(s.substr(0, bytes_of_first(s, width - 1))) + std::string(kEllipsis);
}

std::string padded_left(const std::string& s, std::size_t width) {
  const std::size_t w = display_width(s);
  return w >= width ? s : std::string(width - w, ' ') + s;
}

std::string padded_right(const std::string& s, std::size_t width) {
  const std::size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

struct Columns {
  std::size_t source = 0, left = 0, right = 0;
};

// How wide each column is: the source as wide as the widest (up to a limit); fitting the width,
// the match starts near the middle of what remains and the right context takes the rest.
Columns columns_for(const ConcordanceResult& r, const KwicStyle& style) {
  Columns c;
  std::size_t widest_left = 0, widest_match = 0;
  for (const auto& l : r.lines) {
    c.source = std::max(c.source, std::min(kMaxSourceWidth, display_width(l.source)));
    widest_left = std::max(widest_left, display_width(l.left));
    widest_match = std::max(widest_match, display_width(l.match));
  }
  if (!style.fit) return {c.source, widest_left, 0};
  const std::size_t fixed = kDateWidth + 1 + (c.source ? c.source + 1 : 0);
  const std::size_t rest = style.width > fixed + 20 ? style.width - fixed : 20;
  c.left = std::min(widest_left, (rest - std::min(widest_match, rest / 3)) / 2);
  c.right = rest > c.left ? rest - c.left : 0;
  return c;
}

}  // namespace

void print_kwic(const ConcordanceResult& r, const KwicStyle& style, std::ostream& out) {
  const Columns c = columns_for(r, style);
  for (const auto& l : r.lines) {
    out << padded_right(l.date ? l.date->substr(0, kDateWidth) : "undated", kDateWidth) << ' ';
    if (c.source) out << padded_right(fitted(l.source, c.source, false), c.source) << ' ';
    // Left and right carry their own spaces: the text reads on, punctuation where it stands.
    out << padded_left(style.fit ? fitted(l.left, c.left, true) : l.left, c.left);
    const std::string match = style.fit ? fitted(l.match, c.right, false) : l.match;
    if (style.colour)
      out << kBold << match << kReset;
    else
      out << match;
    const std::size_t match_width = display_width(match);
    const std::size_t room = c.right > match_width ? c.right - match_width : 0;
    out << (style.fit ? fitted(l.right, room, false) : l.right) << '\n';
  }
  out << r.lines.size() << (r.lines.size() == 1 ? " occurrence" : " occurrences") << " in "
      << r.articles << (r.articles == 1 ? " article" : " articles");
  if (r.articles < r.total)
    out << " (the first " << r.articles << " of " << r.total << " matches; --all reads every one)";
  out << '\n';
}

void print_kwic_csv(const ConcordanceResult& r, std::ostream& out) {
  out << csv_record({"id", "date", "source", "left", "match", "right"});
  for (const auto& l : r.lines)
    out << csv_record({l.id, l.date.value_or(""), l.source, l.left, l.match, l.right});
}

}  // namespace newsarchive::cli
