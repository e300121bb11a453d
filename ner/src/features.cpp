#include "newsarchive/ner/features.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "newsarchive/ner/hashing.h"
#include "newsarchive/ner/lexicon.h"

namespace newsarchive::ner {
namespace {

// Feature templates. Numbers are part of the model format: append, never renumber.
enum Template : std::uint32_t {
  kBias = 0,
  kWord,       // the word as written
  kLower,      // lower-cased word
  kLowerPrev,  // lower-cased words at -1, +1, -2, +2
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kBigramPrev,  // (w-1, w0) and (w0, w+1), lower-cased
  kBigramNext,
  kShape,           // full shape "Xxxxx", "dd-dd"
  kShortShapePrev,  // shapes with repeats collapsed "Xx", "d-d"
  kShortShapeNext,
  kShortShapeTri,
  kShortShapeRight,
  kShortShapeLeft,
  kPrefix1,  // kPrefix1 + n - 1 for n = 1..4
  kSuffix1 = kPrefix1 + 4,
  kCapContext = kSuffix1 + 4,  // capitalisation x sentence-initial x headline
  kCapWindow,                  // capitalisation of w-1, w0, w+1
  kLexCap,                     // how often news capitalises this word, in context
  kLexFreq,                    // how frequent the word is in news
  kDocCase,                    // how the document writes this word elsewhere
  kFineCluster,                // distributional clusters of w0 and neighbours
  kCoarseCluster,
  kCoarsePrev,
  kCoarseNext,
  kFinePrevCur,
  kPrevWordCap,       // w-1 with w0's capitalisation: "Mr. X", "in X"
  kSentenceShape,     // very short sentences are bylines and datelines
  kDocPrevAggregate,  // lower-cased left neighbours of the word's other occurrences
  kDocNextAggregate,
  kDocCaseNeighbours,  // document-level case of w-1 and w+1
  kFineNext,
  kFinePrev,
  kLexCapNeighbours,         // how news capitalises w-1 and w+1
  kDocPrevClusterAggregate,  // clusters of the neighbours of the word's other occurrences
  kDocNextClusterAggregate,
};

struct TokenInfo {
  std::uint64_t word = 0;
  std::uint64_t lower = 0;
  std::uint64_t shape = 0;
  std::uint64_t short_shape = 0;
  std::uint64_t lower_key = 0;  // lexicon key
  CapClass cap = CapClass::kNoLetters;
  bool sentence_initial = false;
  bool caps_sentence = false;
  WordInfo info;
  std::uint8_t doc_case = 0;  // bit 0: lower-case elsewhere, bit 1: capitalised elsewhere
};

char shape_char(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

void shapes(std::string_view w, std::uint64_t& full, std::uint64_t& collapsed) {
  char buf[16];
  std::size_t n = 0;
  char small[16];
  std::size_t m = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char s = shape_char(static_cast<unsigned char>(w[i]));
    if ((w[i] & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    if (n < sizeof buf) buf[n++] = s;
    if ((m == 0 || small[m - 1] != s) && m < sizeof small) small[m++] = s;
  }
  full = hash_bytes(std::string_view(buf, n));
  collapsed = hash_bytes(std::string_view(small, m));
}

// The words of one document by lower-case hash, in flat arrays (node-based maps cost a
// fifth of extraction time): case counts, and the capitalised occurrences in text order as
// a linked list through next_.
class DocumentWords {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFU;
  struct Entry {
    std::uint64_t key = 0;  // 0: empty slot
    std::uint32_t lower = 0;
    std::uint32_t capitalised = 0;
    std::uint32_t first = kNone;
    std::uint32_t last = kNone;
  };

  explicit DocumentWords(std::size_t tokens) : next_(tokens, kNone) {
    std::size_t capacity = 16;
    while (capacity < 2 * tokens) capacity *= 2;
    slots_.resize(capacity);
    mask_ = capacity - 1;
  }

  Entry& at(std::uint64_t word) {
    const std::uint64_t key = word | 1;
    std::size_t slot = key & mask_;
    while (slots_[slot].key != key && slots_[slot].key != 0) slot = (slot + 1) & mask_;
    slots_[slot].key = key;
    return slots_[slot];
  }

  const Entry* find(std::uint64_t word) const {
    const std::uint64_t key = word | 1;
    std::size_t slot = key & mask_;
    while (slots_[slot].key != key) {
      if (slots_[slot].key == 0) return nullptr;
      slot = (slot + 1) & mask_;
    }
    return &slots_[slot];
  }

  void add_occurrence(Entry& e, std::uint32_t token) {
    if (e.last == kNone) {
      e.first = token;
    } else {
      next_[e.last] = token;
    }
    e.last = token;
  }

  std::uint32_t next(std::uint32_t token) const { return next_[token]; }

 private:
  std::vector<Entry> slots_;
  std::vector<std::uint32_t> next_;
  std::size_t mask_ = 0;
};

bool is_word_start(std::string_view w) {
  const unsigned char c = static_cast<unsigned char>(w[0]);
  return std::isalnum(c) || c >= 0x80;
}

}  // namespace

CapClass cap_class(std::string_view word) {
  bool any_letter = false;
  bool first_upper = false;
  bool any_lower = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    bool upper = c >= 'A' && c <= 'Z';
    bool lower = c >= 'a' && c <= 'z';
    if (c == 0xC3 && i + 1 < word.size()) {  // Latin-1 supplement letters
      const unsigned char d = static_cast<unsigned char>(word[i + 1]);
      upper = d >= 0x80 && d <= 0x9E && d != 0x97;
      lower = d >= 0x9F && d <= 0xBF && d != 0xB7;
      ++i;
    }
    if (!upper && !lower) continue;
    if (!any_letter) first_upper = upper;
    any_letter = true;
    any_lower = any_lower || lower;
  }
  if (!any_letter) return CapClass::kNoLetters;
  if (!first_upper) return CapClass::kLower;
  return any_lower ? CapClass::kInitialCap : CapClass::kAllCaps;
}

std::string lower_word(std::string_view word) {
  std::string out(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

bool is_caps_sentence(const std::vector<std::string_view>& words, SentenceRange sentence) {
  int caps = 0;
  int lower = 0;
  for (std::size_t i = sentence.first; i < sentence.last; ++i) {
    const CapClass c = cap_class(words[i]);
    if (c == CapClass::kAllCaps) ++caps;
    if (c == CapClass::kLower || c == CapClass::kInitialCap) ++lower;
  }
  return caps >= 2 && lower * 4 <= caps;
}

void FeatureExtractor::extract(const std::vector<std::string_view>& words,
                               const std::vector<SentenceRange>& sentences, FeatureList& out,
                               const std::uint8_t* skip) const {
  const std::size_t n = words.size();
  std::vector<TokenInfo> info(n);
  std::vector<std::uint32_t> sentence_length(n, 0);
  // A skipped token's own features are never made, but other tokens' features read it:
  // those two words either side in its sentence, and the context aggregation the words
  // next to a capitalised word, across sentence ends. Only a token none of them reads can
  // do with what the document-level statistics count.
  std::vector<std::uint8_t> needed(n, 1);
  if (skip != nullptr) {
    for (const SentenceRange& s : sentences) {
      for (std::size_t i = s.first; i < s.last; ++i) {
        const std::size_t from = i >= s.first + 2 ? i - 2 : s.first;
        const std::size_t to = std::min(i + 3, s.last);
        needed[i] = std::any_of(skip + from, skip + to, [](std::uint8_t k) { return k == 0; });
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (skip[i] != 0) continue;
      if (i > 0) needed[i - 1] = 1;
      if (i + 1 < n) needed[i + 1] = 1;
    }
  }
  std::string lowered;
  for (const SentenceRange& s : sentences) {
    const bool caps = is_caps_sentence(words, s);
    bool seen_word = false;
    for (std::size_t i = s.first; i < s.last; ++i) {
      TokenInfo& t = info[i];
      const std::string_view w = words[i];
      lowered = lower_word(w);
      t.lower = hash_bytes(lowered);
      t.cap = cap_class(w);
      t.caps_sentence = caps;
      t.sentence_initial = !seen_word && is_word_start(w);
      seen_word = seen_word || t.sentence_initial;
      sentence_length[i] = static_cast<std::uint32_t>(s.last - s.first);
      if (needed[i] == 0) continue;
      t.word = hash_bytes(w);
      t.lower_key = lexicon_key(lowered);
      shapes(w, t.shape, t.short_shape);
      t.info = lookup_word(lexicon_, t.lower_key);
    }
  }

  // How the document writes each word where its case is informative (lower-case anywhere
  // in running text, capitalised away from the start of a sentence), and where its
  // capitalised occurrences are (context aggregation, Ratinov & Roth 2009: "Mr. X" once
  // tells about X everywhere).
  DocumentWords doc(n);
  for (std::size_t i = 0; i < n; ++i) {
    const TokenInfo& t = info[i];
    if (t.caps_sentence) continue;
    const bool lower = t.cap == CapClass::kLower;
    const bool capitalised = t.cap == CapClass::kInitialCap && !t.sentence_initial;
    const bool occurrence = t.cap == CapClass::kInitialCap || t.cap == CapClass::kAllCaps;
    if (!lower && !capitalised && !occurrence) continue;
    DocumentWords::Entry& e = doc.at(t.lower);
    e.lower += lower ? 1 : 0;
    e.capitalised += capitalised ? 1 : 0;
    if (occurrence) doc.add_occurrence(e, static_cast<std::uint32_t>(i));
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (needed[i] == 0) continue;
    TokenInfo& t = info[i];
    const DocumentWords::Entry* e = doc.find(t.lower);
    if (e == nullptr) continue;
    std::uint32_t lower = e->lower;
    std::uint32_t capitalised = e->capitalised;
    if (!t.caps_sentence && t.cap == CapClass::kLower) --lower;
    if (!t.caps_sentence && t.cap == CapClass::kInitialCap && !t.sentence_initial) --capitalised;
    t.doc_case = static_cast<std::uint8_t>((lower > 0 ? 1 : 0) | (capitalised > 0 ? 2 : 0));
  }

  out.ids.clear();
  out.offsets.assign(1, 0);
  out.ids.reserve(n * 48);
  static constexpr std::uint64_t kBoundary = 0x5EB7E4CEULL;  // "no word here"
  const auto at = [&](std::size_t i, std::ptrdiff_t d, auto member) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    if (j < 0 || static_cast<std::size_t>(j) >= n) return kBoundary;
    return info[static_cast<std::size_t>(j)].*member;
  };
  for (const SentenceRange& s : sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      if (skip != nullptr && skip[i] != 0) {
        out.offsets.push_back(static_cast<std::uint32_t>(out.ids.size()));
        continue;
      }
      const TokenInfo& t = info[i];
      const auto in_sentence = [&](std::ptrdiff_t d) {
        const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
        return j >= static_cast<std::ptrdiff_t>(s.first) && j < static_cast<std::ptrdiff_t>(s.last);
      };
      const auto near = [&](std::ptrdiff_t d, std::uint64_t TokenInfo::*member) {
        return in_sentence(d) ? at(i, d, member) : kBoundary;
      };
      const auto cap_at = [&](std::ptrdiff_t d) -> std::uint64_t {
        return in_sentence(d) ? static_cast<std::uint64_t>(info[i + d].cap) : 9;
      };
      const auto add = [&](Template tmpl, std::uint64_t value) {
        out.ids.push_back(feature_id(tmpl, value));
      };
      const std::uint64_t context = static_cast<std::uint64_t>(t.cap) |
                                    (t.sentence_initial ? 8 : 0) | (t.caps_sentence ? 16 : 0);
      const std::uint64_t prev = near(-1, &TokenInfo::lower);
      const std::uint64_t next = near(1, &TokenInfo::lower);
      add(kBias, 0);
      add(kWord, t.word);
      add(kLower, t.lower);
      add(kLowerPrev, prev);
      add(kLowerNext, next);
      add(kLowerPrev2, near(-2, &TokenInfo::lower));
      add(kLowerNext2, near(2, &TokenInfo::lower));
      add(kBigramPrev, hash_combine(prev, t.lower));
      add(kBigramNext, hash_combine(t.lower, next));
      add(kShape, t.shape);
      const std::uint64_t sp = near(-1, &TokenInfo::short_shape);
      const std::uint64_t sn = near(1, &TokenInfo::short_shape);
      add(kShortShapePrev, sp);
      add(kShortShapeNext, sn);
      add(kShortShapeTri, hash_combine(hash_combine(sp, t.short_shape), sn));
      add(kShortShapeRight, hash_combine(t.short_shape, sn));
      add(kShortShapeLeft, hash_combine(sp, t.short_shape));
      const std::string_view w = words[i];
      for (std::size_t k = 1; k <= 4 && k <= w.size(); ++k) {
        add(static_cast<Template>(kPrefix1 + k - 1), hash_bytes(w.substr(0, k)));
        add(static_cast<Template>(kSuffix1 + k - 1), hash_bytes(w.substr(w.size() - k)));
      }
      add(kCapContext, context);
      add(kCapWindow, cap_at(-1) * 100 + cap_at(0) * 10 + cap_at(1));
      add(kLexCap, context * 16 + t.info.cap_bucket);
      add(kLexFreq, static_cast<std::uint64_t>(t.cap) * 16 + t.info.freq_bucket);
      add(kDocCase, context * 4 + t.doc_case);
      if (t.info.fine_cluster != 0) add(kFineCluster, t.info.fine_cluster);
      if (t.info.coarse_cluster != 0) add(kCoarseCluster, t.info.coarse_cluster);
      const auto info_at = [&](std::ptrdiff_t d) {
        return in_sentence(d) ? info[i + d].info : WordInfo{};
      };
      const WordInfo ip = info_at(-1);
      const WordInfo in = info_at(1);
      add(kCoarsePrev, ip.coarse_cluster);
      add(kCoarseNext, in.coarse_cluster);
      add(kFinePrev, ip.fine_cluster);
      add(kFineNext, in.fine_cluster);
      add(kFinePrevCur, hash_combine(ip.fine_cluster, t.info.fine_cluster));
      add(kPrevWordCap, hash_combine(prev, static_cast<std::uint64_t>(t.cap)));
      add(kLexCapNeighbours,
          ((cap_at(-1) * 16 + ip.cap_bucket) * 16 + cap_at(1)) * 16 + in.cap_bucket);
      const std::uint64_t len = std::min<std::uint64_t>(sentence_length[i], 5);
      add(kSentenceShape, len * 64 + (i - s.first < 3 ? i - s.first : 3) * 16 + context);
      const std::uint8_t dp = in_sentence(-1) ? info[i - 1].doc_case : 4;
      const std::uint8_t dn = in_sentence(1) ? info[i + 1].doc_case : 4;
      add(kDocCaseNeighbours, (dp * 8u + dn) * 32u + context);
      if (t.cap == CapClass::kInitialCap || t.cap == CapClass::kAllCaps) {
        const DocumentWords::Entry* e = doc.find(t.lower);
        int used = 0;
        for (std::uint32_t j = e == nullptr ? DocumentWords::kNone : e->first;
             j != DocumentWords::kNone; j = doc.next(j)) {
          if (j == i || j == 0) continue;
          if (++used > 6) break;
          add(kDocPrevAggregate, info[j - 1].lower);
          add(kDocPrevClusterAggregate, info[j - 1].info.fine_cluster);
          if (j + 1 < n) {
            add(kDocNextAggregate, info[j + 1].lower);
            add(kDocNextClusterAggregate, info[j + 1].info.fine_cluster);
          }
        }
      }
      out.offsets.push_back(static_cast<std::uint32_t>(out.ids.size()));
    }
  }
}

}  // namespace newsarchive::ner
