#include "newsarchive/ner/viterbi.h"

#include <array>
#include <limits>

#include "newsarchive/ner/tagset.h"

namespace newsarchive::ner {
namespace {

// Which transitions are allowed, and for each tag the list of tags that may precede it:
// the inner loop then visits only those (about a third of all pairs).
struct Allowed {
  std::array<std::array<bool, kNumTags + 1>, kNumTags + 1> ok{};
  std::array<std::array<std::uint8_t, kNumTags>, kNumTags> predecessors{};
  std::array<int, kNumTags> predecessor_count{};
  Allowed() {
    for (int from = 0; from <= kNumTags; ++from) {
      for (int to = 0; to <= kNumTags; ++to) ok[from][to] = transition_allowed(from, to);
    }
    for (int to = 0; to < kNumTags; ++to) {
      for (int from = 0; from < kNumTags; ++from) {
        if (ok[from][to])
          predecessors[to][predecessor_count[to]++] = static_cast<std::uint8_t>(from);
      }
    }
  }
};

const Allowed& allowed() {
  static const Allowed table;
  return table;
}

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

}  // namespace

void viterbi(const float* emissions, std::size_t length, const float* transitions,
             std::uint8_t* path, const std::uint8_t* only_outside) {
  if (length == 0) return;
  const Allowed& a = allowed();
  std::vector<std::uint8_t> back(length * kNumTags, 0);
  std::array<float, kNumTags> score{};
  std::array<float, kNumTags> next{};
  const auto outside_only = [&](std::size_t i) {
    return only_outside != nullptr && only_outside[i] != 0;
  };
  for (int t = 0; t < kNumTags; ++t) {
    score[t] =
        a.ok[kNumTags][t] ? transitions[kNumTags * kNumTags + t] + emissions[t] : kImpossible;
  }
  if (outside_only(0)) {
    for (int t = 0; t < kNumTags; ++t)
      if (t != kOutside) score[t] = kImpossible;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const float* e = emissions + i * kNumTags;
    // The best-scoring allowed predecessor of tag `to`: its score to here, and which it is.
    const auto step = [&](int to) {
      float best = kImpossible;
      int best_from = a.predecessors[to][0];
      for (int p = 0; p < a.predecessor_count[to]; ++p) {
        const int from = a.predecessors[to][p];
        const float s = score[from] + transitions[from * kNumTags + to];
        if (s > best) {
          best = s;
          best_from = from;
        }
      }
      back[i * kNumTags + to] = static_cast<std::uint8_t>(best_from);
      return best + e[to];
    };
    if (outside_only(i)) {  // only O is reachable, so only O's predecessors are compared
      const float o = step(kOutside);
      score.fill(kImpossible);
      score[kOutside] = o;
      continue;
    }
    for (int to = 0; to < kNumTags; ++to) next[to] = step(to);
    score = next;
  }
  float best = kImpossible;
  int best_tag = kOutside;
  for (int t = 0; t < kNumTags; ++t) {
    if (a.ok[t][kNumTags] && score[t] > best) {
      best = score[t];
      best_tag = t;
    }
  }
  for (std::size_t i = length; i-- > 0;) {
    path[i] = static_cast<std::uint8_t>(best_tag);
    best_tag = back[i * kNumTags + best_tag];
  }
}

}  // namespace newsarchive::ner
