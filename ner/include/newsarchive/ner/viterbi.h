// Exact first-order Viterbi decoding over the BILOU tags, with ill-formed transitions
// (I-PER after O, B-LOC then L-ORG, ...) excluded outright rather than merely penalised.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsarchive::ner {

// emissions: length x kNumTags scores; transitions: (kNumTags + 1) x kNumTags, row
// kNumTags being the sentence start. Writes the best well-formed tag sequence to `path`.
// Tokens flagged in `only_outside` (null: none) can only be O: their emission rows are not
// read and only O's predecessors are compared, which is most of the work on news text.
void viterbi(const float* emissions, std::size_t length, const float* transitions,
             std::uint8_t* path, const std::uint8_t* only_outside = nullptr);

}  // namespace newsarchive::ner
