// Averaged structured perceptron (Collins 2002) over BILOU tag sequences, with exact
// Viterbi decoding during training. Deterministic: same data, options and seed give the
// same model, byte for byte.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/model.h"

namespace newsarchive::ner {

struct TrainingOptions {
  int epochs = 7;  // best on eng.testa with the default features
  std::uint64_t seed = 20031;
  std::uint32_t min_feature_count = 2;  // features seen fewer times in training are dropped
  float min_weight = 0.5F;  // smaller averaged weights are left out of the model (README)
  int runs = 5;  // runs with seeds seed, seed + 1, ... whose averaged weights are averaged
};

class PerceptronTrainer {
 public:
  // The lexicon and the gazetteer index (gazetteer.h) become part of the trained model.
  PerceptronTrainer(HashIndex lexicon, TrainingOptions options, HashIndex gazetteer = {});

  // `first_stage`, when given, are a first-stage tagger's spans over the document: the
  // trainer then learns a second stage (see extract_stacked_features).
  void add_document(const LabeledDocument& doc, const std::vector<Span>* first_stage = nullptr);

  using EpochReport = std::function<void(int, const Model&)>;

  // Trains; after each epoch of the last run calls `on_epoch(epoch, that run's averaged
  // model)` if given. Returns the mean of the runs' averaged models.
  Model train(const EpochReport& on_epoch = {});

  std::size_t feature_count() const { return row_keys_.size(); }

 private:
  void index_features();
  void train_run(std::uint64_t seed, const EpochReport& on_epoch);
  void averaged_weights(std::vector<float>& weights, std::vector<float>& transitions) const;
  Model model_from(const std::vector<float>& weights, const std::vector<float>& transitions) const;
  void train_sentence(std::size_t sentence, std::vector<float>& emissions,
                      std::vector<std::uint8_t>& predicted);

  HashIndex lexicon_;
  TrainingOptions options_;
  HashIndex gazetteer_;

  // Features per token as hashes until index_features() maps them to dense rows.
  std::vector<std::uint64_t> pending_ids_;
  std::vector<std::uint32_t> token_offsets_{0};
  std::vector<std::uint32_t> token_rows_;
  std::vector<std::uint8_t> gold_;
  std::vector<SentenceRange> sentences_;  // over all tokens of all documents

  std::vector<std::uint64_t> row_keys_;
  std::vector<float> weights_;       // rows x kNumTags
  std::vector<double> weight_sums_;  // the averaging trick: sum of step * update
  std::vector<float> transitions_;
  std::vector<double> transition_sums_;
  double step_ = 1;
};

}  // namespace newsarchive::ner
