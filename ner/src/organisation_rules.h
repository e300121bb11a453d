// Two rules about organisation names that a CoNLL-trained tagger gets wrong on modern
// news: a name ending in an institutional head word ("... Center", "... Institute") is an
// organisation whatever else the tagger guessed, and "X Institute for Y Policy" is one
// name, not an organisation followed by a place.
#pragma once

#include <string_view>
#include <vector>

#include "newsarchive/ner/recognizer.h"

namespace newsarchive::ner {

// Whether `word_key` (as fold_name gives it) ends organisation names: "institute".
bool is_organisation_head(std::string_view word_key);

// Joins an organisation ending in a head word to the name that follows it after
// " for ", " of " or " on " in `text`, as one organisation, with the capitalised words the
// tagger left after that name ("Washington Institute for Near East" + " Policy").
std::vector<Mention> join_linked_organisations(std::string_view text,
                                               const std::vector<Mention>& mentions);

}  // namespace newsarchive::ner
