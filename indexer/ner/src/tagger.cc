#include "newsarchive/ner/tagger.h"

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/viterbi.h"

namespace newsarchive::ner {

std::vector<Span> tag_document(const Model& model, const std::vector<std::string_view>& words,
                               const std::vector<SentenceRange>& sentences) {
  FeatureList features;
  FeatureExtractor(model.lexicon).extract(words, sentences, features);
  std::vector<float> emissions(words.size() * kNumTags, 0.0F);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::uint32_t begin = features.offsets[i];
    model.score(features.ids.data() + begin, features.offsets[i + 1] - begin,
                emissions.data() + i * kNumTags);
  }
  std::vector<std::uint8_t> tags(words.size(), kOutside);
  std::vector<Span> spans;
  for (const SentenceRange& s : sentences) {
    viterbi(emissions.data() + s.first * kNumTags, s.last - s.first, model.transitions.data(),
            tags.data() + s.first);
    spans_from_bilou(tags.data() + s.first, s.last - s.first, s.first, spans);
  }
  return spans;
}

}  // namespace newsarchive::ner
