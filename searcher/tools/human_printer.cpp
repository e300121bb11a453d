// The terminal output: rank, title, a line of metadata, and the snippet with matched words
// highlighted. Colour and width live here and nowhere else.
#include <algorithm>
#include <cstdio>
#include <ostream>
#include <string_view>

#include "local_time.h"
#include "result_printer.h"

namespace newsarchive::cli {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kMatch = "\x1b[1;33m";
constexpr const char* kReset = "\x1b[0m";

// Snippet text with highlights in colour; plain when colour is off (piped output stays greppable).
std::string render_snippet(const Snippet& s, bool colour) {
  std::string out;
  std::size_t at = 0;
  for (const auto& h : s.highlights) {
    if (h.begin < at || h.end > s.text.size()) continue;
    out.append(s.text, at, h.begin - at);
    out += colour ? kMatch : "";
    out.append(s.text, h.begin, h.end - h.begin);
    out += colour ? kReset : "";
    at = h.end;
  }
  out.append(s.text, at);
  return out;
}

// Wraps `text` to `width` columns (counting UTF-8 characters, ignoring colour codes), indented.
std::string wrap(const std::string& text, std::size_t width, const std::string& indent) {
  std::string out = indent, word;
  std::size_t column = indent.size(), word_cols = 0;
  const auto flush_word = [&] {
    if (word.empty()) return;
    if (column > indent.size() && column + 1 + word_cols > width) {
      out += "\n" + indent;
      column = indent.size();
    } else if (column > indent.size()) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word_cols;
    word.clear();
    word_cols = 0;
  };
  bool in_escape = false;
  for (char c : text) {
    if (c == ' ') {
      flush_word();
      continue;
    }
    word += c;
    if (c == '\x1b') in_escape = true;
    if (in_escape) {
      if (c == 'm') in_escape = false;
      continue;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++word_cols;
  }
  flush_word();
  return out;
}

// Whether `line` holds a right-to-left letter: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
// presentation forms (U+0590 to U+08FF, and U+FB00 to U+FEFF, which also holds a few Latin
// ligatures).
bool has_right_to_left(std::string_view line) {
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const auto b = static_cast<unsigned char>(line[i]);
    const auto next = static_cast<unsigned char>(line[i + 1]);
    if ((b == 0xD6 && next >= 0x90) || (b >= 0xD7 && b <= 0xDF)) return true;
    if (b == 0xE0 && (next == 0xA0 || next == 0xA1 || next == 0xA2 || next == 0xA3)) return true;
    if (b == 0xEF && next >= 0xAC && next <= 0xBB) return true;
  }
  return false;
}

// Each wrapped line that holds right-to-left text goes between FIRST STRONG ISOLATE and POP
// DIRECTIONAL ISOLATE, after its first `indent` bytes (the rank, or spaces): a terminal that
// applies the bidi algorithm then lays out every line on its own, the rank and indentation stay at
// the left, and no line's direction leaks into the next (isolating the whole text would leave a
// wrapped line open).
std::string isolate_right_to_left(const std::string& wrapped, std::size_t indent) {
  constexpr std::string_view kFirstStrongIsolate = "\u2068", kPopIsolate = "\u2069";
  std::string out;
  std::size_t start = 0;
  while (start <= wrapped.size()) {
    const auto end = std::min(wrapped.find('\n', start), wrapped.size());
    const std::string_view line(wrapped.data() + start, end - start);
    if (has_right_to_left(line)) {
      const auto text_at = std::min(indent, line.size());
      out.append(line.substr(0, text_at));
      out.append(kFirstStrongIsolate).append(line.substr(text_at)).append(kPopIsolate);
    } else {
      out.append(line);
    }
    if (end == wrapped.size()) break;
    out += '\n';
    start = end + 1;
  }
  return out;
}

// A right-to-left name (a source, an author) inside a left-to-right line, isolated so that the
// separators and fields around it keep their places.
std::string isolated_field(const std::string& field) {
  return has_right_to_left(field) ? "\u2068" + field + "\u2069" : field;
}

std::string fixed(double x, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

// "title:storm 1.20, price (stem) 0.80": terms as a user would type them, with their weights.
std::string term_list(const std::vector<TermWeight>& terms, int decimals) {
  std::string out;
  for (const auto& t : terms) {
    if (!out.empty()) out += ", ";
    out += (t.field.empty() ? "" : t.field + ":") + t.term + (t.stemmed ? " (stem)" : "") + " " +
           fixed(t.weight, decimals);
  }
  return out;
}

// "score 4.12 = khamenei 2.97, tehran 1.15; other 0.00": why the hit ranks where it does.
std::string explanation(const Hit& h) {
  std::string out = "score " + fixed(h.score, 2) + " = " + term_list(h.explanation->terms, 2);
  if (h.explanation->terms.empty()) out += "no weighted terms";
  out += "; other " + fixed(h.explanation->other, 2);
  return out;
}

// A horizontal bar of `value` out of `max` in `width` cells, in eighths of a cell with Unicode
// blocks, or '#' in ASCII.
std::string bar(std::uint64_t value, std::uint64_t max, std::size_t width, bool ascii) {
  if (max == 0) return {};
  const std::size_t eighths = static_cast<std::size_t>((value * width * 8 + max - 1) / max);
  if (ascii) return std::string((eighths + 7) / 8, '#');
  static constexpr const char* kPartial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) out += "█";
  out += kPartial[eighths % 8];
  return out;
}

class HumanPrinter final : public ResultPrinter {
 public:
  explicit HumanPrinter(HumanStyle style) : style_(style), local_time_(style_.time_zone) {}

  void results(const SearchResult& r, std::ostream& out) override {
    for (const auto& note : result_notes(r)) out << "note: " << note << "\n";
    if (style_.explain && !r.like_terms.empty())
      out << wrap("More like this, by the words: " + term_list(r.like_terms, 1), style_.width, "")
          << "\n";
    if (style_.explain && !r.feedback_terms.empty())
      out << wrap("Relevance feedback added: " + term_list(r.feedback_terms, 2), style_.width, "")
          << "\n";
    const bool exact = r.total_lower_bound == r.total_upper_bound;
    out << (exact ? "" : "about ") << r.total_estimate
        << (r.total_estimate == 1 ? " match" : " matches");
    if (r.articles_estimate > r.total_estimate)
      out << " (" << r.articles_estimate << " articles, near-duplicates collapsed)";
    if (!r.hits.empty()) out << ", showing " << r.hits.front().rank << "-" << r.hits.back().rank;
    out << "\n";
    for (const auto& h : r.hits) {
      // The title's continuation lines align under its first word, past the rank.
      const std::string rank = std::to_string(h.rank) + ". ";
      std::string title =
          wrap(on(kBold) + h.title + off(), style_.width, std::string(rank.size(), ' '));
      title.replace(0, rank.size(), rank);
      out << "\n" << isolate_right_to_left(title, rank.size());
      out << "\n   " << on(kDim) << (h.date ? local_time_.show(*h.date) : "undated");
      if (!h.source.empty()) out << " · " << isolated_field(h.source);
      if (!h.authors.empty()) out << " · " << isolated_field(h.authors.front());
      out << " · id " << h.id;
      if (h.similar) out << " · +" << h.similar << " similar";
      out << off() << "\n";
      if (!h.snippet.text.empty())
        out << isolate_right_to_left(
                   wrap(render_snippet(h.snippet, style_.colour), style_.width, "   "), 3)
            << "\n";
      if (h.explanation) out << wrap(explanation(h), style_.width, "   ") << "\n";
    }
    facets(r, out);
  }

  void facets(const SearchResult& r, std::ostream& out) {
    for (const auto& f : r.facets) {
      out << "\n" << on(kBold) << facet_title(f) << off() << "\n";
      if (f.values.empty() && f.undated == 0) out << "   (none)\n";
      std::uint64_t max = f.undated;
      std::size_t label_width = f.undated ? 7 : 0;
      for (const auto& v : f.values) {
        max = std::max(max, v.count);
        label_width = std::max(label_width, display_width(v.label));
      }
      const std::size_t count_width = std::to_string(max).size();
      const std::size_t bar_width = style_.width > label_width + count_width + 10
                                        ? style_.width - label_width - count_width - 10
                                        : 10;
      const auto row = [&](const std::string& label, std::uint64_t count) {
        std::string c = std::to_string(count);
        out << "   " << label << std::string(label_width - display_width(label) + 2, ' ')
            << std::string(count_width - c.size(), ' ') << c;
        if (f.field == "date")
          out << " " << bar(count, max, std::min<std::size_t>(bar_width, 50), style_.ascii);
        out << "\n";
      };
      for (const auto& v : f.values) row(v.label, v.count);
      if ((f.field == "date" || f.field == "first-source") && f.undated) row("undated", f.undated);
    }
  }

  void article(const ArticleRecord& a, std::ostream& out) override {
    out << on(kBold) << a.title << off() << "\n";
    out << on(kDim) << (a.date ? local_time_.show(*a.date) : "undated");
    if (!a.source.empty()) out << " · " << isolated_field(a.source);
    for (const auto& au : a.authors) out << " · " << isolated_field(au);
    out << off() << "\n";
    if (!a.url.empty()) out << a.url << "\n";
    out << "id " << a.id << "\n\n" << a.body << "\n";
  }

 private:
  std::string on(const char* code) const { return style_.colour ? code : ""; }
  std::string off() const { return style_.colour ? kReset : ""; }
  static std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }
  static std::string facet_title(const FacetResult& f) {
    if (f.field == "date") return "Publication dates, by " + f.granularity + ":";
    static const std::pair<const char*, const char*> kNames[] = {
        {"person", "People"},
        {"org", "Organisations"},
        {"place", "Places"},
        {"source", "Sources"},
        {"lang", "Languages"},
        {"mentions", "Dates mentioned"},
        {"words", "What the matches are about (significant words, matches containing each)"},
        {"first-source", "First published by (near-duplicate clusters of the matches)"}};
    for (const auto& [k, name] : kNames)
      if (f.field == k) return std::string(name) + ":";
    return f.field + ":";
  }
  HumanStyle style_;
  LocalTime local_time_;
};

}  // namespace

std::unique_ptr<ResultPrinter> make_human_printer(HumanStyle style) {
  return std::make_unique<HumanPrinter>(style);
}

}  // namespace newsarchive::cli
