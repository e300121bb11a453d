#include "newsarchive/indexer/dedup/minhash.h"

#include <gtest/gtest.h>

#include <cctype>

#include "story_texts.h"

namespace newsarchive::indexer::dedup {
namespace {

using testing::kEditedCopy;
using testing::kSameSubject;
using testing::kWireStory;
using testing::unrelated_story;

MinHashSignature sig(const std::string& text) {
  auto s = minhash(text);
  EXPECT_TRUE(s.has_value()) << text;
  return s.value_or(MinHashSignature{});
}

TEST(MinHash, CaseSpacingAndPunctuationDoNotMatter) {
  std::string shouted;
  for (char c : kWireStory)
    shouted += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(sig(kWireStory), sig(shouted));
  EXPECT_EQ(sig("The bank kept rates at 2.5 percent on Monday, and said inflation was falling "
                "fast enough to allow a cut."),
            sig("The bank  kept rates at 2 5 percent on Monday and said:\ninflation was falling "
                "fast enough to allow a cut"));
}

TEST(MinHash, AnEditedAndTrimmedCopyIsNearAndMostlyContained) {
  const auto a = sig(kWireStory), b = sig(kEditedCopy);
  EXPECT_GT(estimated_jaccard(a, b), 0.5);
  EXPECT_GT(estimated_containment(a, b), 0.8);
  EXPECT_LT(b.shingles, a.shingles);
}

TEST(MinHash, ADifferentStoryOnTheSameSubjectIsFar) {
  EXPECT_LT(estimated_jaccard(sig(kWireStory), sig(kSameSubject)), 0.1);
  EXPECT_LT(estimated_containment(sig(kWireStory), sig(kSameSubject)), 0.5);
}

TEST(MinHash, UnrelatedTextsAreFar) {
  for (std::uint64_t i = 0; i < 20; ++i)
    EXPECT_LT(estimated_jaccard(sig(unrelated_story(i)), sig(unrelated_story(i + 100))), 0.15) << i;
}

TEST(MinHash, HalfTheStoryIsContainedButOnlyHalfAlike) {
  const std::string first_half = kWireStory.substr(0, kWireStory.size() / 2);
  const auto whole = sig(kWireStory), half = sig(first_half);
  EXPECT_GT(estimated_containment(whole, half), 0.8);
  EXPECT_LT(estimated_jaccard(whole, half), 0.75);
}

TEST(MinHash, ShortTextsHaveNoSignature) {
  EXPECT_FALSE(minhash("Shares rose on Monday."));
  EXPECT_FALSE(minhash(""));
}

TEST(MinHash, CopiesShareBandsAndUnrelatedTextsDoNot) {
  const auto a = band_keys(sig(kWireStory)), b = band_keys(sig(kEditedCopy)),
             c = band_keys(sig(kSameSubject));
  int shared_copy = 0, shared_other = 0;
  for (std::size_t i = 0; i < kBands; ++i) {
    shared_copy += a[i] == b[i];
    shared_other += a[i] == c[i];
    EXPECT_EQ(a[i].size(), 16u);
  }
  EXPECT_GE(shared_copy, 1);
  EXPECT_EQ(shared_other, 0);
}

TEST(MinHash, EncodingRoundTripsAndRejectsOtherBytes) {
  const auto s = sig(kWireStory);
  EXPECT_EQ(decode(encode(s)), s);
  EXPECT_EQ(encode(s).size(), 4 * (kHashes + 1));
  EXPECT_FALSE(decode("not a signature"));
  EXPECT_FALSE(decode(""));
}

}  // namespace
}  // namespace newsarchive::indexer::dedup
