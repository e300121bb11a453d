// Second-stage features of a stacked model; see extract_stacked_features in features.h.
#include <array>
#include <unordered_map>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/hashing.h"

namespace newsarchive::ner {
namespace {

// Templates of the second stage, numbered apart from the first stage's.
enum StackedTemplate : std::uint32_t {
  kOwnTag = 1000,
  kTagLeft,           // (tag at i-1, tag at i)
  kTagRight,          // (tag at i, tag at i+1)
  kOtherLabel,        // a label the same word got elsewhere in the document
  kOtherLabelOwnTag,  // ... with this token's own tag
  kOtherMajority,     // the most frequent label elsewhere (kNumLabels for O)
};

constexpr int kNoLabel = kNumLabels;

}  // namespace

void extract_stacked_features(const std::vector<std::string_view>& words,
                              const std::vector<SentenceRange>& sentences,
                              const std::vector<Span>& first_stage, FeatureList& out) {
  const std::size_t n = words.size();
  const std::vector<std::uint8_t> tags = bilou_from_spans(first_stage, n);
  std::vector<std::uint64_t> lower(n, 0);
  std::vector<bool> capitalised(n, false);
  // Labels of the capitalised occurrences of each word, counted per document.
  std::unordered_map<std::uint64_t, std::array<std::uint16_t, kNumLabels + 1>> labels;
  for (std::size_t i = 0; i < n; ++i) {
    const CapClass c = cap_class(words[i]);
    capitalised[i] = c == CapClass::kInitialCap || c == CapClass::kAllCaps;
    if (!capitalised[i]) continue;
    lower[i] = hash_bytes(lower_word(words[i]));
    ++labels[lower[i]][tags[i] == kOutside ? kNoLabel : tag_label(tags[i])];
  }
  out.ids.clear();
  out.offsets.assign(1, 0);
  out.ids.reserve(n * 8);
  for (const SentenceRange& s : sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      const auto add = [&](std::uint32_t tmpl, std::uint64_t value) {
        out.ids.push_back(feature_id(tmpl, value));
      };
      const std::uint64_t own = tags[i];
      const std::uint64_t left = i > s.first ? tags[i - 1] : kNumTags;
      const std::uint64_t right = i + 1 < s.last ? tags[i + 1] : kNumTags;
      add(kOwnTag, own);
      add(kTagLeft, left * 32 + own);
      add(kTagRight, own * 32 + right);
      if (capitalised[i]) {
        auto counts = labels[lower[i]];
        --counts[own == kOutside ? kNoLabel : tag_label(static_cast<int>(own))];
        int majority = -1;
        for (int l = 0; l <= kNumLabels; ++l) {
          if (counts[l] == 0) continue;
          add(kOtherLabel, static_cast<std::uint64_t>(l));
          add(kOtherLabelOwnTag, static_cast<std::uint64_t>(l) * 32 + own);
          if (majority < 0 || counts[l] > counts[majority]) majority = l;
        }
        if (majority >= 0) add(kOtherMajority, static_cast<std::uint64_t>(majority));
      }
      out.offsets.push_back(static_cast<std::uint32_t>(out.ids.size()));
    }
  }
}

}  // namespace newsarchive::ner
