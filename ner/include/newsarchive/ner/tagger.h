// Tags one document with a model: features, per-token scores, Viterbi per sentence.
#pragma once

#include <string_view>
#include <vector>

#include "newsarchive/ner/model.h"
#include "newsarchive/ner/tagset.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

// `sentences` must cover the words in order. Returns the entity spans found.
// With `skip_unreachable`, tokens no name word is near (outside_gate.h) are tagged O without
// being scored; false scores every token (to measure what skipping changes).
std::vector<Span> tag_document(const Model& model, const std::vector<std::string_view>& words,
                               const std::vector<SentenceRange>& sentences,
                               bool skip_unreachable = true);

}  // namespace newsarchive::ner
