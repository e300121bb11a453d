#include "newsarchive/ner/stacking.h"

#include "newsarchive/ner/tagger.h"

namespace newsarchive::ner {

Model train_stacked(const std::vector<LabeledDocument>& docs, const HashIndex& lexicon,
                    const HashIndex& gazetteer, const TrainingOptions& options, int folds,
                    const EpochCallback& on_epoch) {
  const auto report = [&](int stage) {
    return [&on_epoch, stage](int epoch, const Model& m) {
      if (on_epoch) on_epoch(stage, epoch, m);
    };
  };
  PerceptronTrainer first(lexicon, options, gazetteer);
  for (const auto& doc : docs) first.add_document(doc);
  Model model = first.train(report(1));
  if (folds < 2) return model;

  // First-stage predictions on each training document from a model that never saw it.
  std::vector<std::vector<Span>> predicted(docs.size());
  for (int fold = 0; fold < folds; ++fold) {
    PerceptronTrainer partial(lexicon, options, gazetteer);
    for (std::size_t d = 0; d < docs.size(); ++d) {
      if (static_cast<int>(d % folds) != fold) partial.add_document(docs[d]);
    }
    const Model held_out = partial.train();
    for (std::size_t d = 0; d < docs.size(); ++d) {
      if (static_cast<int>(d % folds) != fold) continue;
      predicted[d] = tag_document(held_out, docs[d].word_views(), docs[d].sentences);
    }
  }

  PerceptronTrainer second(lexicon, options, gazetteer);
  for (std::size_t d = 0; d < docs.size(); ++d) second.add_document(docs[d], &predicted[d]);
  const auto combine = [&model](Model stage2) {
    stage2.lexicon = HashIndex();  // the first stage's lexicon and gazetteer serve both
    stage2.gazetteer = HashIndex();
    stage2.compile();
    Model combined = model;
    combined.second_stage = std::make_shared<const Model>(std::move(stage2));
    return combined;
  };
  Model stage2 = second.train([&](int epoch, const Model& m) {
    if (on_epoch) on_epoch(2, epoch, combine(m));
  });
  return combine(std::move(stage2));
}

}  // namespace newsarchive::ner
