// The trained tagger: sparse per-feature tag weights, tag transition weights and the
// word lexicon, with the binary file format they are stored in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsarchive/ner/hash_index.h"
#include "newsarchive/ner/model_error.h"
#include "newsarchive/ner/tagset.h"

namespace newsarchive::ner {

struct Model {
  // Feature hash -> row; row r's weights are entries [row_offsets[r], row_offsets[r + 1]).
  // Sparse because most features only ever vote for two or three tags.
  HashIndex features;
  std::vector<std::uint32_t> row_offsets{0};
  std::vector<std::uint8_t> entry_tags;
  std::vector<float> entry_weights;

  // transitions[from * kNumTags + to]; row kNumTags is the sentence start.
  std::vector<float> transitions = std::vector<float>((kNumTags + 1) * kNumTags, 0.0F);

  HashIndex lexicon;  // see lexicon.h

  // Adds the weights of `count` features to scores[0 .. kNumTags).
  void score(const std::uint64_t* feature_ids, std::size_t count, float* scores) const;

  std::size_t feature_count() const { return row_offsets.size() - 1; }
};

// Writes the model; throws ModelError if the file cannot be written.
void save_model(const Model& model, const std::string& path);

// Reads and validates a model; throws ModelError naming the file and the problem
// (missing, empty, truncated, not a model, other version, corrupt).
Model load_model(const std::string& path);

}  // namespace newsarchive::ner
