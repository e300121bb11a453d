#include "concordance.h"

#include <algorithm>
#include <cctype>

#include "export_rows.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::searcher {
namespace {

bool only_spaces(std::string_view s) {
  return s.find_first_not_of(' ') == std::string_view::npos;
}

// Highlights that only spaces separate, merged: a phrase's words are one match.
std::vector<Highlight> merged_matches(const Snippet& s) {
  std::vector<Highlight> out;
  for (const auto& h : s.highlights) {
    const bool joins =
        !out.empty() && out.back().end <= h.begin &&
        only_spaces(std::string_view(s.text).substr(out.back().end, h.begin - out.back().end));
    if (joins)
      out.back().end = h.end;
    else
      out.push_back(h);
  }
  return out;
}

// Runs of spaces as one space.
std::string collapsed(std::string_view s) {
  std::string out;
  for (const char c : s)
    if (c != ' ' || out.empty() || out.back() != ' ') out += c;
  return out;
}

// The text before `end` back to the start of its `n`th word, as it stands: a quote or bracket
// right before the match is part of it, a space before the match is kept.
std::string words_before(std::string_view text, std::size_t end, std::size_t n) {
  std::size_t pos = end;
  for (std::size_t taken = 0; taken < n; ++taken) {
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    if (pos == 0) break;
    while (pos > 0 && text[pos - 1] != ' ') --pos;
  }
  while (pos < end && text[pos] == ' ') ++pos;
  return collapsed(text.substr(pos, end - pos));
}

// The text after `begin` to the end of its `n`th word, as it stands (punctuation right after
// the match included).
std::string words_after(std::string_view text, std::size_t begin, std::size_t n) {
  std::size_t pos = begin;
  for (std::size_t taken = 0; taken < n; ++taken) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos == text.size()) break;
    while (pos < text.size() && text[pos] != ' ') ++pos;
  }
  std::size_t end = pos;
  while (end > begin && text[end - 1] == ' ') --end;
  return collapsed(text.substr(begin, end - begin));
}

// A word as sorting compares it: ASCII capitals folded, ASCII punctuation left out (". Mayor"
// sorts as "mayor", as concordancers sort).
std::string folded(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

// A headline the indexer took from the body's first words (a text file without a Title:):
// its matches would be listed twice.
bool is_bodys_lead(std::string_view title, std::string_view body) {
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  if (title.ends_with(kEllipsis)) title.remove_suffix(kEllipsis.size());
  while (!title.empty() && title.back() == ' ') title.remove_suffix(1);
  return !title.empty() && body.starts_with(title);
}

// The words of `s`, case folded, nearest the match first when `reversed`.
std::vector<std::string> sort_words(const std::string& s, bool reversed) {
  std::vector<std::string> words;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto space = std::min(s.find(' ', pos), s.size());
    auto word = folded(std::string_view(s).substr(pos, space - pos));
    if (!word.empty()) words.push_back(std::move(word));
    pos = space + 1;
  }
  if (reversed) std::reverse(words.begin(), words.end());
  return words;
}

class ConcordanceSink final : public HitSink {
 public:
  ConcordanceSink(std::size_t context, std::vector<ConcordanceLine>& lines)
      : context_(context), lines_(lines) {}
  void take(const Xapian::MSet& mset, const SnippetMaker& snippets, const Xapian::Document& doc,
            Hit&& hit) override {
    ++articles;
    const ConcordanceLine where{hit.id, hit.date, hit.source, {}, {}, {}};
    // The headline first, then the body, each its own text (context never runs across).
    const auto body = stored::decode_data(doc.get_data()).body;
    if (!is_bodys_lead(hit.title, body))
      add_concordance_lines(snippets.mark_all(mset, hit.title, hit.language), context_, where,
                            lines_);
    add_concordance_lines(snippets.mark_all(mset, body, hit.language), context_, where, lines_);
  }
  std::uint64_t articles = 0;

 private:
  std::size_t context_;
  std::vector<ConcordanceLine>& lines_;
};

}  // namespace

void add_concordance_lines(const Snippet& marked, std::size_t context, const ConcordanceLine& line,
                           std::vector<ConcordanceLine>& out) {
  const std::string_view text = marked.text;
  for (const auto& m : merged_matches(marked)) {
    ConcordanceLine l = line;
    l.left = words_before(text, m.begin, context);
    l.match = std::string(text.substr(m.begin, m.end - m.begin));
    l.right = words_after(text, m.end, context);
    out.push_back(std::move(l));
  }
}

void sort_concordance(std::vector<ConcordanceLine>& lines, ConcordanceOrder order) {
  const auto by_words = [&](bool left) {
    const auto key = [left](const ConcordanceLine& l) {
      auto words = sort_words(left ? l.left : l.right, left);
      words.push_back(folded(l.match));
      return words;
    };
    std::vector<std::pair<std::vector<std::string>, ConcordanceLine>> keyed;
    keyed.reserve(lines.size());
    for (auto& l : lines) keyed.emplace_back(key(l), std::move(l));
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < lines.size(); ++i) lines[i] = std::move(keyed[i].second);
  };
  switch (order) {
    case ConcordanceOrder::kResults:
      return;
    case ConcordanceOrder::kLeft:
      return by_words(true);
    case ConcordanceOrder::kRight:
      return by_words(false);
    case ConcordanceOrder::kDate:
      std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        return a.date && (!b.date || *a.date < *b.date);
      });
      return;
  }
}

ConcordanceResult concordance(const SinkSearch& search, const ConcordanceRequest& request) {
  SearchRequest r = every_result_if(request.search, request.all);
  r.snippet_length = 0;  // the sink marks the whole text itself
  // Relevance feedback's words are the hits' own, not the query's: none is marked.
  r.feedback = Feedback::kOff;
  ConcordanceResult result;
  result.query = request.search.query;
  ConcordanceSink sink(request.context_words, result.lines);
  const SearchResult searched = search(r, sink);
  result.articles = sink.articles;
  result.total = searched.total_estimate;
  result.warnings = searched.warnings;
  sort_concordance(result.lines, request.order);
  return result;
}

}  // namespace newsarchive::searcher
