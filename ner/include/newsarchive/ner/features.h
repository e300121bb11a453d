// Feature extraction for the tagger. Every feature is a 64-bit hash of (template, value);
// see src/features.cpp for the templates and why each is there.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsarchive/ner/hash_index.h"
#include "newsarchive/ner/tagset.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

// Features of all tokens of a document: token i owns ids[offsets[i] .. offsets[i + 1]).
struct FeatureList {
  std::vector<std::uint64_t> ids;
  std::vector<std::uint32_t> offsets;
};

class FeatureExtractor {
 public:
  // `lexicon` (word statistics from unlabeled news) may be empty but must outlive this, as
  // must `gazetteer` (gazetteer.h's matching index) when given.
  explicit FeatureExtractor(const HashIndex& lexicon, const HashIndex* gazetteer = nullptr)
      : lexicon_(lexicon), gazetteer_(gazetteer) {}

  // Extracts features for a whole document at once: some features look at how the same
  // word is written elsewhere in the document. Tokens marked in `skip` (when given, one flag
  // per word, nonzero to skip) get no features; the document-level statistics still count them.
  void extract(const std::vector<std::string_view>& words,
               const std::vector<SentenceRange>& sentences, FeatureList& out,
               const std::uint8_t* skip = nullptr) const;

 private:
  const HashIndex& lexicon_;
  const HashIndex* gazetteer_;
};

// Features of a first-stage tagging for the second stage of a stacked model: each token's
// predicted tag with its neighbours', and the labels the first stage gave the same word
// elsewhere in the document (two-stage prediction aggregation, Ratinov & Roth 2009).
// `first_stage` are the first stage's entity spans over `words`.
void extract_stacked_features(const std::vector<std::string_view>& words,
                              const std::vector<SentenceRange>& sentences,
                              const std::vector<Span>& first_stage, FeatureList& out);

// Capitalisation class of a word: what the features and the lexicon builder agree on.
enum class CapClass : std::uint8_t { kNoLetters, kLower, kInitialCap, kAllCaps };
CapClass cap_class(std::string_view word);

// ASCII lower-casing plus Latin-1 capitals (À..Þ) in UTF-8.
std::string lower_word(std::string_view word);

// Whether a sentence is written in capitals (a headline), so capitalisation says nothing.
bool is_caps_sentence(const std::vector<std::string_view>& words, SentenceRange sentence);

}  // namespace newsarchive::ner
