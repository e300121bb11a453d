#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "newsarchive/ner/tagset.h"
#include "newsarchive/ner/viterbi.h"

namespace newsarchive::ner {
namespace {

TEST(Tagset, Iob1ToSpans) {
  const std::vector<std::string> tags = {"I-ORG", "O",     "I-PER", "I-PER",
                                         "B-PER", "I-LOC", "I-MISC"};
  const auto spans = spans_from_iob1(tags);
  ASSERT_EQ(spans.size(), 5U);
  EXPECT_EQ(spans[0], (Span{0, 1, kOrg}));
  EXPECT_EQ(spans[1], (Span{2, 4, kPer}));
  EXPECT_EQ(spans[2], (Span{4, 5, kPer}));  // B- starts a new entity of the same type
  EXPECT_EQ(spans[3], (Span{5, 6, kLoc}));
  EXPECT_EQ(spans[4], (Span{6, 7, kMisc}));
}

TEST(Tagset, BilouRoundTrip) {
  const std::vector<Span> spans = {{0, 1, kOrg}, {2, 5, kPer}, {5, 7, kLoc}};
  const auto tags = bilou_from_spans(spans, 8);
  EXPECT_EQ(tag_name(tags[0]), "U-ORG");
  EXPECT_EQ(tag_name(tags[1]), "O");
  EXPECT_EQ(tag_name(tags[2]), "B-PER");
  EXPECT_EQ(tag_name(tags[3]), "I-PER");
  EXPECT_EQ(tag_name(tags[4]), "L-PER");
  std::vector<Span> back;
  spans_from_bilou(tags.data(), tags.size(), 0, back);
  EXPECT_EQ(back, spans);
}

TEST(Tagset, TransitionsEnforceWellFormedEntities) {
  const int b_per = make_tag(kPer, kBegin);
  const int i_per = make_tag(kPer, kInside);
  const int l_per = make_tag(kPer, kLast);
  const int l_org = make_tag(kOrg, kLast);
  EXPECT_TRUE(transition_allowed(kNumTags, b_per));
  EXPECT_FALSE(transition_allowed(kNumTags, i_per));
  EXPECT_TRUE(transition_allowed(b_per, l_per));
  EXPECT_FALSE(transition_allowed(b_per, l_org));
  EXPECT_FALSE(transition_allowed(b_per, kOutside));
  EXPECT_FALSE(transition_allowed(i_per, kNumTags));
  EXPECT_TRUE(transition_allowed(l_per, kNumTags));
}

// Score of a tag sequence, or -inf if ill-formed: what Viterbi must maximise.
float sequence_score(const std::vector<float>& e, const std::vector<float>& tr,
                     const std::vector<int>& tags) {
  float s = 0;
  int prev = kNumTags;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (!transition_allowed(prev, tags[i])) return -std::numeric_limits<float>::infinity();
    s += tr[prev * kNumTags + tags[i]] + e[i * kNumTags + tags[i]];
    prev = tags[i];
  }
  if (!transition_allowed(prev, kNumTags)) return -std::numeric_limits<float>::infinity();
  return s;
}

TEST(Viterbi, PrefersValidSequenceOverInvalidHighScore) {
  // A hand-made model: the emission alone says I-PER at the start, which is impossible.
  std::vector<float> emissions(2 * kNumTags, 0.0F);
  std::vector<float> transitions((kNumTags + 1) * kNumTags, 0.0F);
  emissions[make_tag(kPer, kInside)] = 10;
  emissions[make_tag(kPer, kBegin)] = 2;
  emissions[kNumTags + make_tag(kPer, kLast)] = 3;
  std::vector<std::uint8_t> path(2);
  viterbi(emissions.data(), 2, transitions.data(), path.data());
  EXPECT_EQ(tag_name(path[0]), "B-PER");
  EXPECT_EQ(tag_name(path[1]), "L-PER");
}

// Random emission scores for n tokens, and random transition scores.
void random_scores(std::mt19937& rng, std::size_t n, std::vector<float>& e,
                   std::vector<float>& tr) {
  std::uniform_real_distribution<float> dist(-2, 2);
  e.resize(n * kNumTags);
  tr.resize((kNumTags + 1) * kNumTags);
  for (float& x : e) x = dist(rng);
  for (float& x : tr) x = dist(rng);
}

TEST(Viterbi, FindsTheExactBestSequenceOnRandomScores) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 20; ++trial) {
    const std::size_t n = 3;
    std::vector<float> e;
    std::vector<float> tr;
    random_scores(rng, n, e, tr);
    std::vector<std::uint8_t> path(n);
    viterbi(e.data(), n, tr.data(), path.data());
    const std::vector<int> found(path.begin(), path.end());
    float best = -std::numeric_limits<float>::infinity();
    for (int a = 0; a < kNumTags; ++a) {
      for (int b = 0; b < kNumTags; ++b) {
        for (int c = 0; c < kNumTags; ++c) best = std::max(best, sequence_score(e, tr, {a, b, c}));
      }
    }
    EXPECT_NEAR(sequence_score(e, tr, found), best, 1e-4) << "trial " << trial;
  }
}

TEST(Viterbi, TokensFlaggedOutsideAreOAndTheRestStillTheExactBest) {
  // Tokens 0 and 2 may only be O, whatever their scores say (the tagger does not even
  // score them); the others must still get the best sequence under that constraint.
  std::mt19937 rng(11);
  const std::uint8_t only_outside[] = {1, 0, 1, 0};
  for (int trial = 0; trial < 20; ++trial) {
    const std::size_t n = 4;
    std::vector<float> e;
    std::vector<float> tr;
    random_scores(rng, n, e, tr);
    e[make_tag(kPer, kUnit)] = 50;  // would win token 0 without the flag
    std::vector<std::uint8_t> path(n);
    viterbi(e.data(), n, tr.data(), path.data(), only_outside);
    EXPECT_EQ(path[0], kOutside);
    EXPECT_EQ(path[2], kOutside);
    float best = -std::numeric_limits<float>::infinity();
    for (int b = 0; b < kNumTags; ++b) {
      for (int d = 0; d < kNumTags; ++d) {
        best = std::max(best, sequence_score(e, tr, {kOutside, b, kOutside, d}));
      }
    }
    const std::vector<int> found(path.begin(), path.end());
    EXPECT_NEAR(sequence_score(e, tr, found), best, 1e-4) << "trial " << trial;
  }
}

TEST(Viterbi, HandlesEmptyAndSingleTokenInput) {
  std::vector<float> e(kNumTags, 0.0F);
  std::vector<float> tr((kNumTags + 1) * kNumTags, 0.0F);
  e[make_tag(kLoc, kUnit)] = 1;
  std::uint8_t tag = 0;
  viterbi(e.data(), 0, tr.data(), &tag);
  viterbi(e.data(), 1, tr.data(), &tag);
  EXPECT_EQ(tag_name(tag), "U-LOC");
}

}  // namespace
}  // namespace newsarchive::ner
