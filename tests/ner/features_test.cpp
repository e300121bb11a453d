#include "newsarchive/ner/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "newsarchive/ner/lexicon.h"
#include "word_documents.h"

namespace newsarchive::ner {
namespace {

using Doc = testing::WordDocument;
using testing::make_doc;

std::set<std::uint64_t> features_of(const FeatureList& f, std::size_t token) {
  return {f.ids.begin() + f.offsets[token], f.ids.begin() + f.offsets[token + 1]};
}

TEST(Features, CapitalisationClasses) {
  EXPECT_EQ(cap_class("Iran"), CapClass::kInitialCap);
  EXPECT_EQ(cap_class("NATO"), CapClass::kAllCaps);
  EXPECT_EQ(cap_class("the"), CapClass::kLower);
  EXPECT_EQ(cap_class("1,200"), CapClass::kNoLetters);
  EXPECT_EQ(cap_class("Élysée"), CapClass::kInitialCap);
  EXPECT_EQ(lower_word("ÉLYSÉE Palace"), "élysée palace");
}

TEST(Features, HeadlinesAreRecognisedAsCapsSentences) {
  const Doc d = make_doc({{"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"}, {"Japan", "won", "."}});
  const auto v = d.views();
  EXPECT_TRUE(is_caps_sentence(v, d.sentences[0]));
  EXPECT_FALSE(is_caps_sentence(v, d.sentences[1]));
}

TEST(Features, EveryTokenGetsFeaturesAndExtractionIsDeterministic) {
  const Doc d = make_doc({{"Peter", "Blackburn"}, {"The", "EU", "said", "on", "Thursday", "."}});
  HashIndex lexicon;
  FeatureExtractor fx(lexicon);
  FeatureList a;
  FeatureList b;
  fx.extract(d.views(), d.sentences, a);
  fx.extract(d.views(), d.sentences, b);
  ASSERT_EQ(a.offsets.size(), d.words.size() + 1);
  EXPECT_EQ(a.ids, b.ids);
  for (std::size_t i = 0; i < d.words.size(); ++i) EXPECT_GT(a.offsets[i + 1], a.offsets[i]);
  for (const auto id : a.ids) EXPECT_NE(id, 0U);
}

TEST(Features, SameWordInSameContextHasSameFeatures) {
  const Doc d = make_doc({{"in", "Paris", "today"}, {"in", "Paris", "today"}});
  HashIndex lexicon;
  FeatureList f;
  FeatureExtractor(lexicon).extract(d.views(), d.sentences, f);
  EXPECT_EQ(features_of(f, 1), features_of(f, 4));
  EXPECT_NE(features_of(f, 0), features_of(f, 1));
}

TEST(Features, HowTheDocumentWritesAWordElsewhereMatters) {
  // Sentence-initial "Bank" is ambiguous; lower-case "bank" later in the document says
  // it is a common word, and that must show in its features.
  const Doc with_lower = make_doc({{"Bank", "rates", "rose"}, {"the", "bank", "said"}});
  const Doc without = make_doc({{"Bank", "rates", "rose"}, {"the", "firm", "said"}});
  HashIndex lexicon;
  FeatureList a;
  FeatureList b;
  FeatureExtractor(lexicon).extract(with_lower.views(), with_lower.sentences, a);
  FeatureExtractor(lexicon).extract(without.views(), without.sentences, b);
  EXPECT_NE(features_of(a, 0), features_of(b, 0));
}

TEST(Features, ThePronounThatFollowsANameTellsACompanyFromAPerson) {
  // "Polestar said on Monday it" is a company, "... he" a person: the first personal pronoun
  // a few words after a capitalised word (beyond the two neighbours every token sees) is one of
  // its features, and so is the pronoun after the word's other occurrences in the document.
  const auto name_features = [](std::vector<std::vector<std::string>> sentences) {
    const Doc d = make_doc(std::move(sentences));
    HashIndex lexicon;
    FeatureList f;
    FeatureExtractor(lexicon).extract(d.views(), d.sentences, f);
    return features_of(f, 0);
  };
  const auto it = name_features({{"Polestar", "said", "on", "Monday", "it", "had", "won"}});
  const auto he = name_features({{"Polestar", "said", "on", "Monday", "he", "had", "won"}});
  const auto they = name_features({{"Polestar", "said", "on", "Monday", "they", "had", "won"}});
  const auto none = name_features({{"Polestar", "said", "on", "Monday", "Volvo", "had", "won"}});
  EXPECT_NE(it, he);
  EXPECT_NE(it, they);
  EXPECT_NE(he, they);
  // Only a few words on: a pronoun far from the name says nothing of it.
  const auto far = name_features(
      {{"Polestar", "said", "on", "Monday", "that", "sales", "of", "cars", "made", "it", "rich"}});
  const auto far_none = name_features(
      {{"Polestar", "said", "on", "Monday", "that", "sales", "of", "cars", "made", "a", "rich"}});
  EXPECT_EQ(far, far_none);
  EXPECT_EQ(it.size(), none.size() + 1);  // one feature more: the pronoun
  // A later "Polestar said it" changes the features of an earlier bare "Polestar".
  const auto later_it =
      name_features({{"Polestar", "grew", "."}, {"Polestar", "said", "it", "won"}});
  const auto later_he =
      name_features({{"Polestar", "grew", "."}, {"Polestar", "said", "he", "won"}});
  EXPECT_NE(later_it, later_he);
}

TEST(Features, LexiconStatisticsChangeFeatures) {
  const Doc d = make_doc({{"Nonetheless", ",", "it", "rose"}});
  HashIndex empty;
  HashIndex lexicon;
  lexicon.reserve(1);
  WordInfo info;
  info.cap_bucket = 1;  // never capitalised in running text
  info.freq_bucket = 9;
  info.fine_cluster = 17;
  info.coarse_cluster = 3;
  lexicon.insert(lexicon_key("nonetheless"), info.pack());
  FeatureList a;
  FeatureList b;
  FeatureExtractor(empty).extract(d.views(), d.sentences, a);
  FeatureExtractor(lexicon).extract(d.views(), d.sentences, b);
  EXPECT_NE(features_of(a, 0), features_of(b, 0));
  EXPECT_GT(b.offsets[1] - b.offsets[0], a.offsets[1] - a.offsets[0]);  // cluster features
  const WordInfo back = WordInfo::unpack(info.pack());
  EXPECT_EQ(back.fine_cluster, 17);
  EXPECT_EQ(back.coarse_cluster, 3);
  EXPECT_EQ(back.cap_bucket, 1);
  EXPECT_EQ(back.freq_bucket, 9);
}

TEST(StackedFeatures, SeeHowTheFirstStageLabelledTheWordElsewhere) {
  const Doc d = make_doc({{"Blackburn", "said", "."}, {"Peter", "Blackburn", "left", "."}});
  FeatureList as_person;
  FeatureList as_nothing;
  extract_stacked_features(d.views(), d.sentences, {{3, 5, kPer}}, as_person);
  extract_stacked_features(d.views(), d.sentences, {}, as_nothing);
  ASSERT_EQ(as_person.offsets.size(), d.words.size() + 1);
  // Token 0 is untagged in both, but elsewhere "Blackburn" was a person in one of them.
  EXPECT_NE(features_of(as_person, 0), features_of(as_nothing, 0));
  // Lower-case words get no document-level label features.
  EXPECT_EQ(features_of(as_person, 1), features_of(as_nothing, 1));
}

}  // namespace
}  // namespace newsarchive::ner
