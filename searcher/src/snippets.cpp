#include "snippets.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "newsarchive/common/language_stems.h"
#include "newsarchive/text/languages.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

// Markers that cannot occur in stored text (the indexer strips control characters).
constexpr char kStart = '\x01';
constexpr char kEnd = '\x02';
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// How much of a query term a word must begin with to be stemmed and looked at: the first three
// letters of a longer term, all but the last of a shorter one. Snowball's English stemmer keeps
// the start of a word but may change its end: "cry" and "cries" stem to "cri", "making" to
// "make", "skies" to "sky". Its only words whose stems begin otherwise are "dying", "lying"
// and "tying" (to "die", "lie", "tie"), which kKeyExceptions covers.
constexpr std::size_t kKeyLength = 3;
constexpr std::pair<std::string_view, std::string_view> kKeyExceptions[] = {
    {"di", "dy"}, {"li", "ly"}, {"ti", "ty"}};

// The text handed to MSet::snippet() is this many snippet lengths, so that it still has
// passages to choose between; a text up to half as long again is handed over whole.
constexpr std::size_t kWindowLengths = 2;
// Occurrences of one key that are looked at: enough to find the densest stretch.
constexpr std::size_t kMaxHitsPerKey = 64;

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

// MSet::snippet()'s text, its matches between kStart and kEnd, appended to `out` as plain text
// with a highlight for each match.
void append_marked(Snippet& out, std::string_view marked) {
  constexpr char kMarks[] = {kStart, kEnd};
  std::size_t open = 0;
  std::size_t i = 0;
  while (i < marked.size()) {
    const auto next = marked.find_first_of(std::string_view(kMarks, 2), i);
    append_unescaped(out.text, marked.substr(i, next - i));
    if (next == std::string_view::npos) break;
    if (marked[next] == kStart) {
      open = out.text.size();
    } else {
      out.highlights.push_back({open, out.text.size()});
    }
    i = next + 1;
  }
}

// The text flows on one line in a snippet.
Snippet on_one_line(Snippet s) {
  for (auto& c : s.text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

// ASCII capitals to lower case eight bytes at a time (GCC does not vectorise the plain loop at
// -O2); bytes of UTF-8 sequences are left alone. Each byte's top bit says "A" <= byte <= "Z".
void fold_ascii_capitals(std::string& s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    const std::uint64_t low7 = x & ~kHigh;
    const std::uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');
    const std::uint64_t beyond_z = low7 + kOnes * (0x7F - 'Z');
    const std::uint64_t capital = (at_least_a ^ beyond_z) & ~x & kHigh;
    x |= capital >> 2;
    std::memcpy(s.data() + i, &x, 8);
  }
  for (; i < s.size(); ++i)
    if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] | 0x20);
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The bytes of the UTF-8 sequence `s` starts with; 0 when it starts inside one or is cut short.
std::size_t first_character_bytes(std::string_view s) {
  if (s.empty()) return 0;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t length = lead < 0x80    ? 1
                             : lead >= 0xF0 ? 4
                             : lead >= 0xE0 ? 3
                             : lead >= 0xC0 ? 2
                                            : 0;
  return length <= s.size() ? length : 0;
}

// The code point `s` starts with; 0 when it has none.
char32_t first_code_point(std::string_view s) {
  const std::size_t length = first_character_bytes(s);
  if (length == 0) return 0;
  const auto lead = static_cast<unsigned char>(s[0]);
  if (length == 1) return lead;
  char32_t c = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return c;
}

// Chinese, Japanese and Korean characters (the ranges Xapian's CJK n-grams use): their words
// are not set apart by spaces, so a query's characters are looked for anywhere in the text.
bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x9FFF) ||
         (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7FF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// `pos`, moved back to the start of the UTF-8 sequence it falls inside: a cut there leaves
// whole characters on both sides.
std::size_t character_start(const std::string& s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// The query's terms, and the pattern of each of its wildcards (a wildcard is expanded only when
// matching, and Xapian 1.4 shows its pattern only in the query's description:
// "WILDCARD SYNONYM sanction").
std::vector<std::string> text_terms(const Xapian::Query& query) {
  std::vector<std::string> out(query.get_unique_terms_begin(), query.get_unique_terms_end());
  std::vector<Xapian::Query> pending{query};
  while (!pending.empty()) {
    const Xapian::Query q = pending.back();
    pending.pop_back();
    if (q.get_type() == Xapian::Query::OP_WILDCARD) {
      std::string d = q.get_description();
      while (!d.empty() && d.back() == ')') d.pop_back();
      if (const auto space = d.rfind(' '); space != std::string::npos)
        out.push_back(d.substr(space + 1));
      continue;
    }
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) pending.push_back(q.get_subquery(i));
  }
  return out;
}

// Stems the words that begin with one of the keys; returns any other word as it is.
// A French or Italian word is looked at past its elided article ("l'élection").
class KeyedStemmer final : public Xapian::StemImplementation {
 public:
  KeyedStemmer(Xapian::Stem stemmer, const std::vector<std::string>& keys, std::string language)
      : stemmer_(std::move(stemmer)), keys_(keys), language_(std::move(language)) {}
  std::string operator()(const std::string& word) override {
    const auto elided = without_elision(language_, word);
    for (const auto& k : keys_)
      if (word.starts_with(k) || elided.starts_with(k)) return stemmer_(word);
    return word;
  }
  std::string get_description() const override { return "keyed " + stemmer_.get_description(); }

 private:
  Xapian::Stem stemmer_;
  std::vector<std::string> keys_;
  std::string language_;
};

}  // namespace

SnippetMaker::SnippetMaker(const Xapian::Query& query, std::size_t length,
                           const Xapian::Stem& stemmer, const std::vector<std::string>& languages,
                           const std::string& default_language)
    : length_(length) {
  const auto add = [this](std::string_view key) {
    if (std::find(keys_.begin(), keys_.end(), key) == keys_.end()) keys_.emplace_back(key);
  };
  for (const auto& term : text_terms(query)) {
    std::string word = text_word(term);
    if (word.empty()) continue;
    if (is_cjk(first_code_point(word)))
      word.resize(first_character_bytes(word));  // one whole character
    else
      word.resize(word.size() > kKeyLength ? kKeyLength
                                           : std::max<std::size_t>(1, word.size() - 1));
    add(word);
    for (const auto& [stem_start, word_start] : kKeyExceptions)
      if (word == stem_start) add(word_start);
  }
  default_code_ = language_code(default_language).value_or("en");
  stemmer_ = Xapian::Stem(new KeyedStemmer(stemmer, keys_, default_code_));
  languages_ = languages;
}

// Made when a hit in the language first needs one: a page of English hits in an archive of
// twelve languages makes no French stemmer.
const Xapian::Stem& SnippetMaker::stemmer_for(const std::string& language) const {
  const auto code = language_code(language);
  if (!code || std::find(languages_.begin(), languages_.end(), *code) == languages_.end())
    return stemmer_;
  auto it = language_stemmers_.find(*code);
  if (it == language_stemmers_.end()) {
    Xapian::Stem keyed(new KeyedStemmer(language_stemmer(*code, default_code_), keys_, *code));
    it = language_stemmers_.emplace(*code, std::move(keyed)).first;
  }
  return it->second;
}

SnippetMaker::Window SnippetMaker::window(const std::string& text) const {
  const std::size_t span = kWindowLengths * length_;
  if (text.size() <= span + span / 2) return {0, text.size(), true};
  // Terms are lower case. ASCII and Latin-1 capitals (À to Þ) are folded here; a word that
  // begins with another capital is not seen, and its article falls back to its lead below.
  std::string lower(text);
  fold_ascii_capitals(lower);
  for (auto p = lower.find('\xC3'); p != std::string::npos && p + 1 < lower.size();
       p = lower.find('\xC3', p + 2)) {
    const auto next = static_cast<unsigned char>(lower[p + 1]);
    if (next >= 0x80 && next <= 0x9E && next != 0x97) lower[p + 1] = static_cast<char>(next + 0x20);
  }

  struct Occurrence {
    std::size_t pos;
    std::size_t key;
  };
  std::vector<Occurrence> hits;
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    std::size_t found = 0;
    const bool anywhere = is_cjk(first_code_point(keys_[k]));
    for (auto p = lower.find(keys_[k]); p != std::string::npos && found < kMaxHitsPerKey;
         p = lower.find(keys_[k], p + 1)) {
      if (p > 0 && is_word_byte(lower[p - 1]) && !anywhere) continue;
      hits.push_back({p, k});
      ++found;
    }
  }
  // No query word in the text (it matched the title, or a field or a filter): the lead of the
  // story, which is what a reader wants to see of it.
  if (hits.empty()) {
    std::size_t end = length_;
    while (end > length_ / 2 && !is_space(text[end])) --end;
    return {0, character_start(text, end > length_ / 2 ? end : length_), false};
  }
  std::sort(hits.begin(), hits.end(), [](auto& a, auto& b) { return a.pos < b.pos; });

  // The stretch with the most different query words, then the most occurrences, earliest first
  // (the lead of a news story is the better summary when all else is equal).
  const std::size_t lead = span / 4;
  std::vector<std::size_t> in_window(keys_.size(), 0);
  std::size_t distinct = 0, best_score = 0, best_pos = hits[0].pos, j = 0;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    for (; j < hits.size() && hits[j].pos < hits[i].pos + span - lead; ++j)
      if (in_window[hits[j].key]++ == 0) ++distinct;
    const std::size_t score = distinct * 1024 + (j - i);
    if (score > best_score) {
      best_score = score;
      best_pos = hits[i].pos;
    }
    if (--in_window[hits[i].key] == 0) --distinct;
  }

  std::size_t begin = best_pos > lead ? best_pos - lead : 0;
  std::size_t end = std::min(text.size(), begin + span);
  // Cut between words (which also never splits a UTF-8 sequence).
  if (begin > 0) {
    while (begin < best_pos && !is_space(text[begin - 1])) ++begin;
  }
  if (end < text.size()) {
    std::size_t e = end;
    while (e > best_pos + 1 && !is_space(text[e])) --e;
    if (e > best_pos + 1) end = e;
  }
  // Text without spaces (Chinese, Japanese) has no word boundary to cut at: never split a
  // character.
  return {character_start(text, begin), character_start(text, end), true};
}

Snippet SnippetMaker::make(const Xapian::MSet& mset, const std::string& text,
                           const std::string& language) const {
  const auto [begin, end, found] = window(text);
  Snippet out;
  if (!found) {
    // MSet::snippet() would pick a passage of its own liking; the lead, as written, is better.
    out.text = text.substr(0, end);
    out.text += kEllipsis;
    return on_one_line(std::move(out));
  }
  const bool whole = begin == 0 && end == text.size();
  // No background model and not exhaustive: those look up the frequency of every word of the
  // whole body in the index (a disk read each), which the benchmark found to be nearly all of a
  // search's time. The default scoring still prefers passages dense in matched terms.
  const std::string marked =
      mset.snippet(whole ? text : text.substr(begin, end - begin), length_, stemmer_for(language),
                   Xapian::MSet::SNIPPET_CJK_NGRAM, std::string(1, kStart), std::string(1, kEnd),
                   std::string(kEllipsis));
  out.text.reserve(marked.size() + 2 * kEllipsis.size());
  if (begin > 0 && !marked.starts_with(kEllipsis)) out.text += kEllipsis;
  append_marked(out, marked);
  if (end < text.size() && !out.text.ends_with(kEllipsis)) out.text += kEllipsis;
  return on_one_line(std::move(out));
}

Snippet SnippetMaker::mark_all(const Xapian::MSet& mset, const std::string& text,
                               const std::string& language) const {
  // A length past the text's own makes MSet::snippet() return all of it.
  const std::string marked =
      mset.snippet(text, text.size() + 1, stemmer_for(language), Xapian::MSet::SNIPPET_CJK_NGRAM,
                   std::string(1, kStart), std::string(1, kEnd), std::string(kEllipsis));
  Snippet out;
  out.text.reserve(marked.size());
  append_marked(out, marked);
  return on_one_line(std::move(out));
}

}  // namespace newsarchive::searcher
