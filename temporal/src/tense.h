// Whether a sentence speaks of the future, judged from the words around a date expression.
// News reports mostly look back, so only an explicit cue ("will", "due", "scheduled", a
// scheduling verb in the present tense) turns "Friday" or "Oct. 7" into the next such day
// rather than the last one.
#pragma once

#include <cstddef>
#include <vector>

#include "tokenizer.h"

namespace newsarchive::temporal::detail {

enum class TextRole {
  kBody,      // "The store opens on Friday": present tense means what is scheduled
  kHeadline,  // "Store opens Friday": headlines report the past in the present tense
};

// Looks back from tokens[first] to the start of its sentence (at most a few words) for the
// nearest future or past cue, and at the word right after tokens[last - 1] for "will".
bool speaks_of_future(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                      TextRole role);

}  // namespace newsarchive::temporal::detail
