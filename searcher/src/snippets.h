// The best passage of a hit's text with the matched words (stems and phrases included) marked.
#pragma once

#include <xapian.h>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, std::size_t length,
                     const Xapian::Stem& stemmer);

}  // namespace newsarchive::searcher
