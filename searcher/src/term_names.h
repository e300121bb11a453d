// Xapian terms as a user would name them: "Sstorm" is the word storm in the title, "Zprice" the
// stem of price, prices, priced.
#pragma once

#include <string>
#include <utility>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

TermWeight describe_term(const std::string& term, double weight);

// True for an unprefixed word term (body and title text), the kind worth showing a user as a
// "more like this" term or checking for spelling.
bool is_plain_word(const std::string& term);

// The word a free-text query term searches for: "storm" of "storm", "Zstorm" (a stem),
// "Sstorm" and "ZSstorm" (in the title), "élect" of "Zfr:élect" (a French stem in an archive
// of another default language); "" for a filter's boolean term.
std::string text_word(std::string term);

// The free-text prefix ("", "S", "A") and the stem of a stemmed term: {"S", "elect"} for
// "ZSelect"; {"", ""} for a term that is not a stem.
std::pair<std::string, std::string> split_stemmed_term(const std::string& term);

}  // namespace newsarchive::searcher
