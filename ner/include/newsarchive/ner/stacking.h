// Training a two-stage (stacked) model: the second stage learns from the first stage's
// predictions, which on the training data come from 5-fold jackknifing so that they are
// as imperfect as they will be on unseen text.
#pragma once

#include <functional>
#include <vector>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/perceptron.h"

namespace newsarchive::ner {

// Called after each epoch of each stage (1 or 2) with the model as it would be saved.
using EpochCallback = std::function<void(int stage, int epoch, const Model& model)>;

// folds < 2 trains the first stage only. `gazetteer` is gazetteer.h's index (may be empty).
Model train_stacked(const std::vector<LabeledDocument>& docs, const HashIndex& lexicon,
                    const HashIndex& gazetteer, const TrainingOptions& options, int folds,
                    const EpochCallback& on_epoch = {});

}  // namespace newsarchive::ner
