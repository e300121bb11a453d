// Which tokens no entity can reach, so that tagging can skip them.
//
// Most of a news article is lower-case running text far from any name. Every entity the
// tagger finds has a capitalised word (or a non-ASCII one) within a word or two of each of
// its tokens ("Bank of England", "Organisation for the Prohibition"), so a token with none
// within reach is outside every entity. Skipping those tokens' features and scores takes
// about a quarter off the tagger's time on CoNLL-2003 eng.testb and leaves its spans there
// unchanged (news-eval-ner, with and without --score-every-token; see the README).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

// How far, in words within the same sentence, a capitalised word keeps its neighbours in
// play: the features look two words either side.
inline constexpr std::size_t kGateReach = 2;

// Whether a word could take part in a name: it has an ASCII capital or a non-ASCII byte
// (capitals of other scripts, and words the tagger has no case statistics for).
bool could_be_name_word(std::string_view word);

// result[i] is 1 when token i is certainly outside every entity: no word within `reach` of
// it in its sentence (itself included) could be a name word; else 0. `sentences` must
// cover the words in order.
std::vector<std::uint8_t> certainly_outside(const std::vector<std::string_view>& words,
                                            const std::vector<SentenceRange>& sentences,
                                            std::size_t reach = kGateReach);

}  // namespace newsarchive::ner
