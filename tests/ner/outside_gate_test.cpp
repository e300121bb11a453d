#include "newsarchive/ner/outside_gate.h"

#include <gtest/gtest.h>

#include <string>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/recognizer.h"
#include "test_paths.h"
#include "word_documents.h"

namespace newsarchive::ner {
namespace {

using Doc = testing::WordDocument;
using testing::make_doc;

// The tokens marked outside, as a string of 'o' (outside) and '.' (in play).
std::string marks(const Doc& d, std::size_t reach = kGateReach) {
  std::string out;
  for (const auto o : certainly_outside(d.views(), d.sentences, reach)) out += o != 0 ? 'o' : '.';
  return out;
}

TEST(OutsideGate, NameWordsAreCapitalisedOrNonAscii) {
  EXPECT_TRUE(could_be_name_word("Iran"));
  EXPECT_TRUE(could_be_name_word("eBay"));
  EXPECT_TRUE(could_be_name_word("NATO"));
  EXPECT_TRUE(could_be_name_word("Мосва"));
  EXPECT_TRUE(could_be_name_word("école"));  // no ASCII capital, but not ASCII: in play
  EXPECT_FALSE(could_be_name_word("the"));
  EXPECT_FALSE(could_be_name_word("1,200"));
  EXPECT_FALSE(could_be_name_word("."));
}

TEST(OutsideGate, OnlyWordsTwoAwayFromEveryNameWordAreOutside) {
  const Doc d = make_doc({{"rates", "in", "the", "euro", "zone", "rose", "after", "the", "Bank",
                           "of", "England", "said", "that", "prices", "would", "rise", "."}});
  // Bank (8) and England (10) keep 6..12 in play; everything else is outside.
  EXPECT_EQ(marks(d), "oooooo.......oooo");
  EXPECT_EQ(marks(d, 1), "ooooooo.....ooooo");
}

TEST(OutsideGate, ReachStopsAtTheSentenceBoundary) {
  const Doc d = make_doc({{"prices", "rose", "sharply", "today"}, {"Iran", "said", "so"}});
  EXPECT_EQ(marks(d), "oooo...");
}

TEST(OutsideGate, AllLowerCaseTextIsOutsideAndEmptyInputIsFine) {
  EXPECT_EQ(marks(make_doc({{"a", "b", "c"}, {"d"}})), "oooo");
  EXPECT_TRUE(certainly_outside({}, {}).empty());
}

TEST(OutsideGate, SkippedTokensGetNoFeaturesAndTheOthersKeepTheirs) {
  // What the other tokens read of the skipped ones must still be there: the document-level
  // statistics ("bank" in lower case, far from any name, says the first "Bank" is a common
  // word), and the word clusters of the words next to a capitalised word's other
  // occurrences, across a sentence end ("again" before the last "Bank"). The committed
  // model's lexicon gives the clusters.
  const Doc d = make_doc({{"Bank", "rates", "rose"},
                          {"prices", "at", "the", "local", "bank", "fell", "again"},
                          {"Bank", "said", "so"}});
  const auto outside = certainly_outside(d.views(), d.sentences);
  ASSERT_EQ(outside, std::vector<std::uint8_t>({0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0}));
  const Recognizer recognizer = Recognizer::load(testing::model_path());
  const FeatureExtractor extractor(recognizer.model().lexicon);
  FeatureList all;
  FeatureList gated;
  extractor.extract(d.views(), d.sentences, all);
  extractor.extract(d.views(), d.sentences, gated, outside.data());
  ASSERT_EQ(gated.offsets.size(), d.words.size() + 1);
  for (std::size_t i = 0; i < d.words.size(); ++i) {
    const std::vector<std::uint64_t> a(all.ids.begin() + all.offsets[i],
                                       all.ids.begin() + all.offsets[i + 1]);
    const std::vector<std::uint64_t> g(gated.ids.begin() + gated.offsets[i],
                                       gated.ids.begin() + gated.offsets[i + 1]);
    if (outside[i] != 0) {
      EXPECT_TRUE(g.empty()) << "token " << i;
    } else {
      EXPECT_EQ(a, g) << "token " << i;
    }
  }
}

}  // namespace
}  // namespace newsarchive::ner
