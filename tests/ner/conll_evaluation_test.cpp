// The committed model must reach F1 >= 0.86 on CoNLL-2003 eng.testb (exact spans).
// Skipped where the research data is not available.
#include <gtest/gtest.h>

#include <iostream>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/evaluation.h"
#include "newsarchive/ner/recognizer.h"
#include "newsarchive/ner/tagger.h"
#include "test_paths.h"

namespace newsarchive::ner {
namespace {

TEST(ConllEvaluation, TestBF1IsAtLeast86Percent) {
  const auto shared = testing::shared_dir_with_conll();
  if (!shared) GTEST_SKIP() << "CoNLL-2003 data not found (set NEWSARCHIVE_SHARED_DIR)";
  const Recognizer recognizer = Recognizer::load(testing::model_path());
  const auto docs = read_conll(*shared + "/data/conll2003/eng.testb.gz");
  Evaluation eval;
  for (const auto& doc : docs) {
    eval.add(doc.entities, tag_document(recognizer.model(), doc.word_views(), doc.sentences),
             doc.words.size());
  }
  std::cout << eval.report();
  EXPECT_EQ(eval.overall().gold, 5648U);  // the file's entity count, per its SOURCE.md
  EXPECT_GE(eval.overall().f1(), 0.86);
}

}  // namespace
}  // namespace newsarchive::ner
