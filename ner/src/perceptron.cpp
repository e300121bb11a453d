#include "newsarchive/ner/perceptron.h"

#include <algorithm>
#include <random>
#include <unordered_map>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/viterbi.h"

namespace newsarchive::ner {

PerceptronTrainer::PerceptronTrainer(HashIndex lexicon, TrainingOptions options,
                                     HashIndex gazetteer)
    : lexicon_(std::move(lexicon)), options_(options), gazetteer_(std::move(gazetteer)) {}

void PerceptronTrainer::add_document(const LabeledDocument& doc,
                                     const std::vector<Span>* first_stage) {
  const auto words = doc.word_views();
  FeatureList features;
  FeatureExtractor(lexicon_, &gazetteer_).extract(words, doc.sentences, features);
  FeatureList stacked;
  if (first_stage != nullptr) extract_stacked_features(words, doc.sentences, *first_stage, stacked);
  const std::size_t base = gold_.size();
  for (std::size_t i = 0; i < doc.words.size(); ++i) {
    pending_ids_.insert(pending_ids_.end(), features.ids.begin() + features.offsets[i],
                        features.ids.begin() + features.offsets[i + 1]);
    if (first_stage != nullptr) {
      pending_ids_.insert(pending_ids_.end(), stacked.ids.begin() + stacked.offsets[i],
                          stacked.ids.begin() + stacked.offsets[i + 1]);
    }
    token_offsets_.push_back(static_cast<std::uint32_t>(pending_ids_.size()));
  }
  const auto tags = bilou_from_spans(doc.entities, doc.words.size());
  gold_.insert(gold_.end(), tags.begin(), tags.end());
  for (const SentenceRange& s : doc.sentences) {
    sentences_.push_back({base + s.first, base + s.last});
  }
}

void PerceptronTrainer::index_features() {
  std::unordered_map<std::uint64_t, std::uint32_t> counts;
  counts.reserve(pending_ids_.size() / 4);
  for (const std::uint64_t id : pending_ids_) ++counts[id];
  std::unordered_map<std::uint64_t, std::uint32_t> rows;
  // Rows are numbered in first-seen order so the result does not depend on hash-map order.
  for (const std::uint64_t id : pending_ids_) {
    if (counts[id] < options_.min_feature_count || rows.count(id) != 0) continue;
    rows.emplace(id, static_cast<std::uint32_t>(row_keys_.size()));
    row_keys_.push_back(id);
  }
  std::vector<std::uint32_t> offsets{0};
  offsets.reserve(token_offsets_.size());
  token_rows_.reserve(pending_ids_.size());
  for (std::size_t t = 0; t + 1 < token_offsets_.size(); ++t) {
    for (std::uint32_t k = token_offsets_[t]; k < token_offsets_[t + 1]; ++k) {
      const auto it = rows.find(pending_ids_[k]);
      if (it != rows.end()) token_rows_.push_back(it->second);
    }
    offsets.push_back(static_cast<std::uint32_t>(token_rows_.size()));
  }
  token_offsets_ = std::move(offsets);
  pending_ids_.clear();
  pending_ids_.shrink_to_fit();
}

void PerceptronTrainer::train_sentence(std::size_t sentence, std::vector<float>& emissions,
                                       std::vector<std::uint8_t>& predicted) {
  const SentenceRange s = sentences_[sentence];
  const std::size_t n = s.last - s.first;
  emissions.assign(n * kNumTags, 0.0F);
  for (std::size_t i = 0; i < n; ++i) {
    float* e = emissions.data() + i * kNumTags;
    for (std::uint32_t k = token_offsets_[s.first + i]; k < token_offsets_[s.first + i + 1]; ++k) {
      const float* w = weights_.data() + std::size_t{token_rows_[k]} * kNumTags;
      for (int t = 0; t < kNumTags; ++t) e[t] += w[t];
    }
  }
  predicted.resize(n);
  viterbi(emissions.data(), n, transitions_.data(), predicted.data());

  const auto bump = [&](std::vector<float>& w, std::vector<double>& sums, std::size_t index,
                        float delta) {
    w[index] += delta;
    sums[index] += step_ * delta;
  };
  int prev_gold = kNumTags;
  int prev_pred = kNumTags;
  for (std::size_t i = 0; i < n; ++i) {
    const int g = gold_[s.first + i];
    const int p = predicted[i];
    if (g != p) {
      for (std::uint32_t k = token_offsets_[s.first + i]; k < token_offsets_[s.first + i + 1];
           ++k) {
        const std::size_t row = std::size_t{token_rows_[k]} * kNumTags;
        bump(weights_, weight_sums_, row + g, 1.0F);
        bump(weights_, weight_sums_, row + p, -1.0F);
      }
    }
    if (g != p || prev_gold != prev_pred) {
      bump(transitions_, transition_sums_, prev_gold * kNumTags + g, 1.0F);
      bump(transitions_, transition_sums_, prev_pred * kNumTags + p, -1.0F);
    }
    prev_gold = g;
    prev_pred = p;
  }
  step_ += 1;
}

// The weights of the current run averaged over its updates (Collins 2002).
void PerceptronTrainer::averaged_weights(std::vector<float>& weights,
                                         std::vector<float>& transitions) const {
  const auto average = [&](float w, double sum) { return static_cast<float>(w - sum / step_); };
  weights.resize(weights_.size());
  transitions.resize(transitions_.size());
  for (std::size_t i = 0; i < weights_.size(); ++i)
    weights[i] = average(weights_[i], weight_sums_[i]);
  for (std::size_t i = 0; i < transitions_.size(); ++i) {
    transitions[i] = average(transitions_[i], transition_sums_[i]);
  }
}

Model PerceptronTrainer::model_from(const std::vector<float>& weights,
                                    const std::vector<float>& transitions) const {
  Model m;
  std::vector<std::uint64_t> keys;
  for (std::size_t r = 0; r < row_keys_.size(); ++r) {
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      const float a = weights[r * kNumTags + t];
      if (a > options_.min_weight || a < -options_.min_weight) {
        m.entry_tags.push_back(static_cast<std::uint8_t>(t));
        m.entry_weights.push_back(a);
        any = true;
      }
    }
    if (any) {
      keys.push_back(row_keys_[r]);
      m.row_offsets.push_back(static_cast<std::uint32_t>(m.entry_tags.size()));
    }
  }
  m.features.reserve(keys.size());
  for (std::size_t r = 0; r < keys.size(); ++r) {
    m.features.insert(keys[r], static_cast<std::uint32_t>(r));
  }
  for (std::size_t i = 0; i < transitions.size(); ++i) m.transitions[i] = transitions[i];
  m.lexicon = lexicon_;
  m.gazetteer = gazetteer_;
  m.compile();
  return m;
}

// One run: weights from zero, sentences shuffled anew each epoch by a generator seeded `seed`.
void PerceptronTrainer::train_run(std::uint64_t seed, const EpochReport& on_epoch) {
  weights_.assign(row_keys_.size() * kNumTags, 0.0F);
  weight_sums_.assign(weights_.size(), 0.0);
  transitions_.assign((kNumTags + 1) * kNumTags, 0.0F);
  transition_sums_.assign(transitions_.size(), 0.0);
  step_ = 1;
  std::vector<std::size_t> order(sentences_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  std::vector<float> emissions;
  std::vector<std::uint8_t> predicted;
  std::vector<float> weights;
  std::vector<float> transitions;
  for (int epoch = 1; epoch <= options_.epochs; ++epoch) {
    // Fisher-Yates with the raw generator: std::shuffle's use of it is unspecified.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (const std::size_t s : order) train_sentence(s, emissions, predicted);
    if (on_epoch) {
      averaged_weights(weights, transitions);
      on_epoch(epoch, model_from(weights, transitions));
    }
  }
}

Model PerceptronTrainer::train(const EpochReport& on_epoch) {
  index_features();
  // Runs with seeds seed, seed + 1, ... averaged: each run's weights depend on the order it
  // saw the sentences in, and their mean varies less than any one of them.
  std::vector<float> weight_sum;
  std::vector<float> transition_sum;
  std::vector<float> weights;
  std::vector<float> transitions;
  const int runs = std::max(1, options_.runs);
  for (int run = 0; run < runs; ++run) {
    train_run(options_.seed + static_cast<std::uint64_t>(run),
              run + 1 == runs ? on_epoch : EpochReport());
    averaged_weights(weights, transitions);
    if (run == 0) {
      weight_sum = weights;
      transition_sum = transitions;
      continue;
    }
    for (std::size_t i = 0; i < weights.size(); ++i) weight_sum[i] += weights[i];
    for (std::size_t i = 0; i < transitions.size(); ++i) transition_sum[i] += transitions[i];
  }
  if (runs > 1) {
    const float scale = 1.0F / static_cast<float>(runs);
    for (float& w : weight_sum) w *= scale;
    for (float& t : transition_sum) t *= scale;
  }
  return model_from(weight_sum, transition_sum);
}

}  // namespace newsarchive::ner
