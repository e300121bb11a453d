// The trained tagger: sparse per-feature tag weights, tag transition weights and the
// word lexicon, with the binary file format they are stored in.
#pragma once

#include <cstdint>
#include <memory>
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

  HashIndex lexicon;    // see lexicon.h; only in the first stage
  HashIndex gazetteer;  // see gazetteer.h; only in the first stage, may be empty

  // The second stage of a stacked model (Ratinov & Roth's two-stage prediction
  // aggregation): it sees every feature of the first stage plus features of the first
  // stage's predictions across the document. Null for a single-stage model.
  std::shared_ptr<const Model> second_stage;

  // Adds the weights of `count` features to scores[0 .. kNumTags).
  void score(const std::uint64_t* feature_ids, std::size_t count, float* scores) const;

  std::size_t feature_count() const { return row_offsets.size() - 1; }

  // Builds the lookup table score() uses once the weights are final (load_model and the
  // trainer call it). Without it score() still works, only slower. Not thread-safe: call
  // before sharing the model.
  void compile();

 private:
  // The weights laid out for scoring: one probe finds the key and its weight range, and a
  // feature's weights are adjacent, so a lookup costs about two cache misses, not five.
  // Slots are 8 bytes so the table stays in cache: the key's upper 32 bits (the lower
  // ones choose the slot) and the weight range as 24-bit start and 8-bit length.
  struct Slot {
    std::uint32_t fingerprint = 0;  // 0: empty
    std::uint32_t range = 0;
  };
  struct Weight {
    float value;
    std::uint32_t tag;
  };
  std::vector<Slot> slots_;
  std::vector<Weight> weights_;
  std::size_t slot_mask_ = 0;
};

// Writes the model; throws ModelError if the file cannot be written.
void save_model(const Model& model, const std::string& path);

// Reads and validates a model; throws ModelError naming the file and the problem
// (missing, empty, truncated, not a model, other version, corrupt).
Model load_model(const std::string& path);

}  // namespace newsarchive::ner
