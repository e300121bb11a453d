#include "newsarchive/ner/features.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "newsarchive/ner/gazetteer.h"
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
  kGazetteer,              // B/I/L/U of the longest match of gazetteer list X
  kGazetteerContext,       // ... with the capitalisation context
  kPronounAfter,           // the first personal pronoun after a capitalised word: "X said it"
  kPronounAfterAggregate,  // ... after the word's other capitalised occurrences
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
  bool in_gazetteer = false;  // some list matched it: gazetteer[] says how
  GazetteerMarks gazetteer{};
  std::uint8_t pronoun_after = 0;  // PronounClass of the first pronoun a few words on
};

// Whom a pronoun points at: news writes "X said it" of companies, "X said he" of people,
// "X said they" of groups and countries.
enum PronounClass : std::uint8_t { kNoPronoun = 0, kPersonal, kNeuter, kPlural };
constexpr std::size_t kPronounWindow = 6;  // words after the name that are looked at

// By length first: most words are no pronoun, and this is asked of the words after every name.
PronounClass pronoun_class(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "he" ? kPersonal : w == "it" ? kNeuter : kNoPronoun;
    case 3:
      if (w == "him" || w == "his" || w == "she" || w == "her") return kPersonal;
      return w == "its" ? kNeuter : kNoPronoun;
    case 4:
      if (w == "hers") return kPersonal;
      return w == "they" || w == "them" ? kPlural : kNoPronoun;
    case 5:
      return w == "their" ? kPlural : kNoPronoun;
    case 6:
      return w == "itself" ? kNeuter : kNoPronoun;
    case 7:
      return w == "himself" || w == "herself" ? kPersonal : kNoPronoun;
    case 10:
      return w == "themselves" ? kPlural : kNoPronoun;
    default:
      return kNoPronoun;
  }
}

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
    if (text::is_utf8_continuation(static_cast<unsigned char>(w[i]))) continue;
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

namespace {

// The values features pack together, and their ranges.
constexpr std::uint64_t kBoundary = 0x5EB7E4CEULL;  // "no word here"
constexpr std::uint64_t kNoCapClass = 9;            // a neighbour outside the sentence
constexpr std::uint64_t kSentenceInitialFlag = 8;   // above the CapClass values
constexpr std::uint64_t kCapsSentenceFlag = 16;
constexpr std::uint64_t kDecimal = 10;          // kCapWindow writes three classes as digits
constexpr std::uint64_t kBucketRange = 16;      // WordInfo's cap and frequency buckets
constexpr std::uint64_t kDocCaseRange = 4;      // TokenInfo::doc_case's two bits
constexpr std::uint8_t kNoDocCase = 4;          // a neighbour outside the sentence
constexpr unsigned kDocCaseNeighbourRange = 8;  // holds kNoDocCase
constexpr unsigned kContextRange = 32;          // the context value's five bits
constexpr std::uint64_t kLongestSentenceShape = 5;
constexpr std::uint64_t kSentencePositions = 3;  // positions 0, 1, 2, then "later"
constexpr std::uint64_t kPositionRange = 16;
constexpr std::uint64_t kSentenceLengthRange = 64;
constexpr std::size_t kAffixLengths = 4;  // prefixes and suffixes of 1..4 bytes
constexpr int kMaxAggregatedOccurrences = 6;
constexpr std::size_t kWindow = 2;                // features read words up to two away
constexpr std::size_t kFeaturesPerToken = 48;     // about, for reserving
constexpr std::uint64_t kGazetteerPositions = 8;  // GazetteerPosition values fit
static_assert(kSuffix1 == kPrefix1 + kAffixLengths && kCapContext == kSuffix1 + kAffixLengths);

// One document's extraction: what is known of each token, then each token's features.
class DocumentExtraction {
 public:
  DocumentExtraction(const std::vector<std::string_view>& words,
                     const std::vector<SentenceRange>& sentences, const std::uint8_t* skip,
                     FeatureList& out)
      : words_(words),
        sentences_(sentences),
        skip_(skip),
        out_(out),
        n_(words.size()),
        info_(n_),
        sentence_length_(n_, 0),
        needed_(n_, 1),
        doc_(n_) {}

  void run(const HashIndex& lexicon, const HashIndex* gazetteer) {
    if (skip_ != nullptr) mark_needed();
    read_tokens(lexicon);
    if (gazetteer != nullptr && gazetteer->size() != 0) match_names(*gazetteer);
    find_pronouns();
    count_document_case();
    out_.ids.clear();
    out_.offsets.assign(1, 0);
    out_.ids.reserve(n_ * kFeaturesPerToken);
    for (const SentenceRange& s : sentences_) {
      for (std::size_t i = s.first; i < s.last; ++i) {
        if (skip_ == nullptr || skip_[i] == 0) add_token_features(s, i);
        out_.offsets.push_back(static_cast<std::uint32_t>(out_.ids.size()));
      }
    }
  }

 private:
  // A skipped token's own features are never made, but other tokens' features read it:
  // those two words either side in its sentence, and the context aggregation the words
  // next to a capitalised word, across sentence ends. Only a token none of them reads can
  // do with what the document-level statistics count.
  void mark_needed() {
    for (const SentenceRange& s : sentences_) {
      for (std::size_t i = s.first; i < s.last; ++i) {
        const std::size_t from = i >= s.first + kWindow ? i - kWindow : s.first;
        const std::size_t to = std::min(i + kWindow + 1, s.last);
        needed_[i] = std::any_of(skip_ + from, skip_ + to, [](std::uint8_t k) { return k == 0; });
      }
    }
    for (std::size_t i = 0; i < n_; ++i) {
      if (skip_[i] != 0) continue;
      if (i > 0) needed_[i - 1] = 1;
      if (i + 1 < n_) needed_[i + 1] = 1;
    }
  }

  void read_tokens(const HashIndex& lexicon) {
    std::string lowered;
    for (const SentenceRange& s : sentences_) {
      const bool caps = is_caps_sentence(words_, s);
      bool seen_word = false;
      for (std::size_t i = s.first; i < s.last; ++i) {
        TokenInfo& t = info_[i];
        const std::string_view w = words_[i];
        lowered = lower_word(w);
        t.lower = hash_bytes(lowered);
        t.cap = cap_class(w);
        t.caps_sentence = caps;
        t.sentence_initial = !seen_word && is_word_start(w);
        seen_word = seen_word || t.sentence_initial;
        sentence_length_[i] = static_cast<std::uint32_t>(s.last - s.first);
        if (needed_[i] == 0) continue;
        t.word = hash_bytes(w);
        t.lower_key = lexicon_key(lowered);
        shapes(w, t.shape, t.short_shape);
        t.info = lookup_word(lexicon, t.lower_key);
      }
    }
  }

  // Gazetteer matches start at a capitalised word that gets features, so running lower-case
  // text costs one test per token.
  void match_names(const HashIndex& gazetteer) {
    std::vector<std::uint64_t> lower(n_);
    std::vector<std::uint8_t> may_start(n_);
    std::vector<GazetteerMarks> marks(n_);
    for (std::size_t i = 0; i < n_; ++i) {
      lower[i] = info_[i].lower;
      const CapClass cap = info_[i].cap;
      may_start[i] = needed_[i] != 0 && (cap == CapClass::kInitialCap || cap == CapClass::kAllCaps);
    }
    for (const SentenceRange& s : sentences_) {
      match_gazetteer(gazetteer, lower.data() + s.first, may_start.data() + s.first,
                      s.last - s.first, marks.data() + s.first);
    }
    for (std::size_t i = 0; i < n_; ++i) {
      info_[i].gazetteer = marks[i];
      info_[i].in_gazetteer = std::any_of(marks[i].begin(), marks[i].end(),
                                          [](std::uint8_t m) { return m != kGazNone; });
    }
  }

  // For each capitalised word, the class of the first personal pronoun in the next few words
  // of its sentence.
  void find_pronouns() {
    for (const SentenceRange& s : sentences_) {
      for (std::size_t i = s.first; i < s.last; ++i) {
        TokenInfo& t = info_[i];
        if (t.cap != CapClass::kInitialCap && t.cap != CapClass::kAllCaps) continue;
        const std::size_t to = std::min(i + 1 + kPronounWindow, s.last);
        for (std::size_t j = i + 1; j < to && t.pronoun_after == kNoPronoun; ++j) {
          t.pronoun_after = pronoun_class(words_[j]);
        }
      }
    }
  }

  // How the document writes each word where its case is informative (lower-case anywhere
  // in running text, capitalised away from the start of a sentence), and where its
  // capitalised occurrences are (context aggregation, Ratinov & Roth 2009: "Mr. X" once
  // tells about X everywhere).
  void count_document_case() {
    for (std::size_t i = 0; i < n_; ++i) {
      const TokenInfo& t = info_[i];
      if (t.caps_sentence) continue;
      const bool lower = t.cap == CapClass::kLower;
      const bool capitalised = t.cap == CapClass::kInitialCap && !t.sentence_initial;
      const bool occurrence = t.cap == CapClass::kInitialCap || t.cap == CapClass::kAllCaps;
      if (!lower && !capitalised && !occurrence) continue;
      DocumentWords::Entry& e = doc_.at(t.lower);
      e.lower += lower ? 1 : 0;
      e.capitalised += capitalised ? 1 : 0;
      if (occurrence) doc_.add_occurrence(e, static_cast<std::uint32_t>(i));
    }
    for (std::size_t i = 0; i < n_; ++i) {
      if (needed_[i] == 0) continue;
      TokenInfo& t = info_[i];
      const DocumentWords::Entry* e = doc_.find(t.lower);
      if (e == nullptr) continue;
      std::uint32_t lower = e->lower;
      std::uint32_t capitalised = e->capitalised;
      if (!t.caps_sentence && t.cap == CapClass::kLower) --lower;
      if (!t.caps_sentence && t.cap == CapClass::kInitialCap && !t.sentence_initial) --capitalised;
      t.doc_case = static_cast<std::uint8_t>((lower > 0 ? 1 : 0) | (capitalised > 0 ? 2 : 0));
    }
  }

  // The token at `i` of sentence `s`, and its neighbours within the sentence.
  struct Token {
    const SentenceRange& s;
    std::size_t i;
    const TokenInfo& t;
    std::uint64_t context;  // capitalisation, sentence-initial, headline
    std::uint64_t prev;     // lower-cased neighbours
    std::uint64_t next;
  };

  bool in_sentence(const Token& k, std::ptrdiff_t d) const {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k.i) + d;
    return j >= static_cast<std::ptrdiff_t>(k.s.first) && j < static_cast<std::ptrdiff_t>(k.s.last);
  }
  std::uint64_t near(const Token& k, std::ptrdiff_t d, std::uint64_t TokenInfo::*member) const {
    return in_sentence(k, d) ? info_[k.i + d].*member : kBoundary;
  }
  std::uint64_t cap_at(const Token& k, std::ptrdiff_t d) const {
    return in_sentence(k, d) ? static_cast<std::uint64_t>(info_[k.i + d].cap) : kNoCapClass;
  }
  WordInfo info_at(const Token& k, std::ptrdiff_t d) const {
    return in_sentence(k, d) ? info_[k.i + d].info : WordInfo{};
  }
  std::uint8_t doc_case_at(const Token& k, std::ptrdiff_t d) const {
    return in_sentence(k, d) ? info_[k.i + d].doc_case : kNoDocCase;
  }
  void add(Template tmpl, std::uint64_t value) { out_.ids.push_back(feature_id(tmpl, value)); }

  // The order of the features is part of the model's behaviour (ties): keep it.
  void add_token_features(const SentenceRange& s, std::size_t i) {
    const TokenInfo& t = info_[i];
    Token k{s,
            i,
            t,
            static_cast<std::uint64_t>(t.cap) | (t.sentence_initial ? kSentenceInitialFlag : 0) |
                (t.caps_sentence ? kCapsSentenceFlag : 0),
            0,
            0};
    k.prev = near(k, -1, &TokenInfo::lower);
    k.next = near(k, 1, &TokenInfo::lower);
    add_word_features(k);
    add_shape_features(k);
    add_affix_features(k);
    add_case_features(k);
    add_cluster_features(k);
    add_sentence_features(k);
    if (t.in_gazetteer) add_gazetteer_features(k);
    if (t.cap == CapClass::kInitialCap || t.cap == CapClass::kAllCaps) {
      add_aggregates(k);
      if (t.pronoun_after != kNoPronoun)
        add(kPronounAfter, t.pronoun_after * kContextRange + k.context);
    }
  }

  void add_word_features(const Token& k) {
    add(kBias, 0);
    add(kWord, k.t.word);
    add(kLower, k.t.lower);
    add(kLowerPrev, k.prev);
    add(kLowerNext, k.next);
    add(kLowerPrev2, near(k, -2, &TokenInfo::lower));
    add(kLowerNext2, near(k, 2, &TokenInfo::lower));
    add(kBigramPrev, hash_combine(k.prev, k.t.lower));
    add(kBigramNext, hash_combine(k.t.lower, k.next));
  }

  void add_shape_features(const Token& k) {
    add(kShape, k.t.shape);
    const std::uint64_t sp = near(k, -1, &TokenInfo::short_shape);
    const std::uint64_t sn = near(k, 1, &TokenInfo::short_shape);
    add(kShortShapePrev, sp);
    add(kShortShapeNext, sn);
    add(kShortShapeTri, hash_combine(hash_combine(sp, k.t.short_shape), sn));
    add(kShortShapeRight, hash_combine(k.t.short_shape, sn));
    add(kShortShapeLeft, hash_combine(sp, k.t.short_shape));
  }

  void add_affix_features(const Token& k) {
    const std::string_view w = words_[k.i];
    for (std::size_t n = 1; n <= kAffixLengths && n <= w.size(); ++n) {
      add(static_cast<Template>(kPrefix1 + n - 1), hash_bytes(w.substr(0, n)));
      add(static_cast<Template>(kSuffix1 + n - 1), hash_bytes(w.substr(w.size() - n)));
    }
  }

  void add_case_features(const Token& k) {
    add(kCapContext, k.context);
    add(kCapWindow, (cap_at(k, -1) * kDecimal + cap_at(k, 0)) * kDecimal + cap_at(k, 1));
    add(kLexCap, k.context * kBucketRange + k.t.info.cap_bucket);
    add(kLexFreq, static_cast<std::uint64_t>(k.t.cap) * kBucketRange + k.t.info.freq_bucket);
    add(kDocCase, k.context * kDocCaseRange + k.t.doc_case);
  }

  void add_cluster_features(const Token& k) {
    if (k.t.info.fine_cluster != 0) add(kFineCluster, k.t.info.fine_cluster);
    if (k.t.info.coarse_cluster != 0) add(kCoarseCluster, k.t.info.coarse_cluster);
    const WordInfo ip = info_at(k, -1);
    const WordInfo in = info_at(k, 1);
    add(kCoarsePrev, ip.coarse_cluster);
    add(kCoarseNext, in.coarse_cluster);
    add(kFinePrev, ip.fine_cluster);
    add(kFineNext, in.fine_cluster);
    add(kFinePrevCur, hash_combine(ip.fine_cluster, k.t.info.fine_cluster));
    add(kPrevWordCap, hash_combine(k.prev, static_cast<std::uint64_t>(k.t.cap)));
    add(kLexCapNeighbours,
        ((cap_at(k, -1) * kBucketRange + ip.cap_bucket) * kBucketRange + cap_at(k, 1)) *
                kBucketRange +
            in.cap_bucket);
  }

  void add_sentence_features(const Token& k) {
    const std::uint64_t length =
        std::min<std::uint64_t>(sentence_length_[k.i], kLongestSentenceShape);
    const std::uint64_t position = std::min<std::uint64_t>(k.i - k.s.first, kSentencePositions);
    add(kSentenceShape, length * kSentenceLengthRange + position * kPositionRange + k.context);
    const std::uint8_t dp = doc_case_at(k, -1);
    const std::uint8_t dn = doc_case_at(k, 1);
    add(kDocCaseNeighbours, (dp * kDocCaseNeighbourRange + dn) * kContextRange + k.context);
  }

  void add_gazetteer_features(const Token& k) {
    for (std::size_t l = 0; l < kGazetteerLists; ++l) {
      const std::uint8_t mark = k.t.gazetteer[l];
      if (mark == kGazNone) continue;
      const std::uint64_t value = l * kGazetteerPositions + mark;
      add(kGazetteer, value);
      add(kGazetteerContext, value * kContextRange + k.context);
    }
  }

  // The neighbours of the word's other capitalised occurrences in the document.
  void add_aggregates(const Token& k) {
    const DocumentWords::Entry* e = doc_.find(k.t.lower);
    int used = 0;
    for (std::uint32_t j = e == nullptr ? DocumentWords::kNone : e->first;
         j != DocumentWords::kNone; j = doc_.next(j)) {
      if (j == k.i || j == 0) continue;
      if (++used > kMaxAggregatedOccurrences) break;
      add(kDocPrevAggregate, info_[j - 1].lower);
      if (info_[j].pronoun_after != kNoPronoun) add(kPronounAfterAggregate, info_[j].pronoun_after);
      add(kDocPrevClusterAggregate, info_[j - 1].info.fine_cluster);
      if (j + 1 < n_) {
        add(kDocNextAggregate, info_[j + 1].lower);
        add(kDocNextClusterAggregate, info_[j + 1].info.fine_cluster);
      }
    }
  }

  const std::vector<std::string_view>& words_;
  const std::vector<SentenceRange>& sentences_;
  const std::uint8_t* skip_;
  FeatureList& out_;
  std::size_t n_;
  std::vector<TokenInfo> info_;
  std::vector<std::uint32_t> sentence_length_;
  std::vector<std::uint8_t> needed_;
  DocumentWords doc_;
};

}  // namespace

void FeatureExtractor::extract(const std::vector<std::string_view>& words,
                               const std::vector<SentenceRange>& sentences, FeatureList& out,
                               const std::uint8_t* skip) const {
  DocumentExtraction(words, sentences, skip, out).run(lexicon_, gazetteer_);
}

}  // namespace newsarchive::ner
