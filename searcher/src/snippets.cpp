#include "snippets.h"

namespace newsarchive::searcher {
namespace {

// Markers that cannot occur in stored text (the indexer strips control characters).
constexpr char kStart = '\x01';
constexpr char kEnd = '\x02';

// MSet::snippet() escapes text for HTML; we want plain text and our own highlight spans.
void append_unescaped(std::string& out, std::string_view s) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (s.substr(i).starts_with(entity)) {
          out += c;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[i++];
  }
}

}  // namespace

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, std::size_t length,
                     const Xapian::Stem& stemmer) {
  // No background model and not exhaustive: those look up the frequency of every word of the
  // whole body in the index (a disk read each), which the benchmark found to be nearly all of a
  // search's time. The default scoring still prefers passages dense in matched terms.
  const std::string marked = mset.snippet(text, length, stemmer, 0, std::string(1, kStart),
                                          std::string(1, kEnd), "\xE2\x80\xA6");
  Snippet out;
  out.text.reserve(marked.size());
  std::size_t begin = 0;
  std::size_t i = 0;
  while (i < marked.size()) {
    const auto next = marked.find_first_of(std::string{kStart, kEnd}, i);
    append_unescaped(out.text, std::string_view(marked).substr(i, next - i));
    if (next == std::string::npos) break;
    if (marked[next] == kStart) {
      begin = out.text.size();
    } else {
      out.highlights.push_back({begin, out.text.size()});
    }
    i = next + 1;
  }
  // The text flows on one line in a snippet.
  for (auto& c : out.text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace newsarchive::searcher
