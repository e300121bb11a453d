#include "newsarchive/ner/perceptron.h"

#include <gtest/gtest.h>

#include "newsarchive/ner/evaluation.h"
#include "newsarchive/ner/tagger.h"

namespace newsarchive::ner {
namespace {

// A toy corpus: capitalised words after "Mr." are people, after "in" places.
std::vector<LabeledDocument> toy_corpus() {
  const std::vector<std::string> people = {"Smith", "Jones", "Brown", "Taylor", "Evans"};
  const std::vector<std::string> places = {"Paris", "Berlin", "Madrid", "Rome", "Oslo"};
  std::vector<LabeledDocument> docs;
  for (std::size_t d = 0; d < 10; ++d) {
    LabeledDocument doc;
    for (std::size_t k = 0; k < 5; ++k) {
      const std::size_t first = doc.words.size();
      const std::string& who = people[(d + k) % people.size()];
      const std::string& where = places[(d * 3 + k) % places.size()];
      for (const std::string& w : {std::string("Mr."), who, std::string("arrived"),
                                   std::string("in"), where, std::string(".")}) {
        doc.words.push_back(w);
      }
      doc.sentences.push_back({first, doc.words.size()});
      doc.entities.push_back({first + 1, first + 2, kPer});
      doc.entities.push_back({first + 4, first + 5, kLoc});
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

TEST(Perceptron, LearnsAToyTaskDeterministically) {
  const auto docs = toy_corpus();
  const auto train = [&] {
    PerceptronTrainer trainer(HashIndex{}, TrainingOptions{5, 42, 1});
    for (const auto& doc : docs) trainer.add_document(doc);
    return trainer.train();
  };
  const Model a = train();
  const Model b = train();
  EXPECT_EQ(a.entry_weights, b.entry_weights);
  EXPECT_EQ(a.transitions, b.transitions);

  Evaluation eval;
  for (const auto& doc : docs) {
    eval.add(doc.entities, tag_document(a, doc.word_views(), doc.sentences), doc.words.size());
  }
  EXPECT_DOUBLE_EQ(eval.overall().f1(), 1.0);
  EXPECT_DOUBLE_EQ(eval.for_label(kPer).recall(), 1.0);
}

// Several runs with consecutive seeds are averaged: deterministic, not the first run alone.
TEST(Perceptron, AveragesRunsWithConsecutiveSeeds) {
  const auto docs = toy_corpus();
  const auto train = [&](int runs) {
    TrainingOptions options{2, 42, 1};
    options.runs = runs;
    PerceptronTrainer trainer(HashIndex{}, options);
    for (const auto& doc : docs) trainer.add_document(doc);
    return trainer.train();
  };
  const Model one = train(1);
  const Model three = train(3);
  EXPECT_EQ(three.entry_weights, train(3).entry_weights);
  EXPECT_NE(one.entry_weights, three.entry_weights);
  Evaluation eval;
  for (const auto& doc : docs) {
    eval.add(doc.entities, tag_document(three, doc.word_views(), doc.sentences), doc.words.size());
  }
  EXPECT_DOUBLE_EQ(eval.overall().f1(), 1.0);
}

TEST(Evaluation, CountsExactSpansOnly) {
  Evaluation eval;
  eval.add({{0, 2, kPer}, {3, 4, kLoc}}, {{0, 2, kPer}, {3, 5, kLoc}, {6, 7, kOrg}}, 8);
  EXPECT_EQ(eval.overall().gold, 2U);
  EXPECT_EQ(eval.overall().predicted, 3U);
  EXPECT_EQ(eval.overall().correct, 1U);
  EXPECT_NEAR(eval.overall().precision(), 1.0 / 3, 1e-12);
  EXPECT_NEAR(eval.overall().recall(), 0.5, 1e-12);
  EXPECT_NEAR(eval.overall().f1(), 0.4, 1e-12);
  EXPECT_NE(eval.report().find("overall"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::ner
