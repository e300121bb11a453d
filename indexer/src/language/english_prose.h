// A fast first look before CLD2: long plain-ASCII text that is a third English function words
// is English prose, told without CLD2's n-gram scan, which is nearly all of identification's
// cost (docs/performance.md).
#pragma once

#include <string_view>

namespace newsarchive::indexer {

// Whether `text` is at least kEnglishProseWords words of ASCII letters, with no byte outside
// ASCII, of which at least 30 % are English function words (text/src/stopwords.cpp). English
// news prose has a median of 33 % (Reuters-21578); of the UDHR's paragraphs in the languages
// CLD2 answers, the most is Jamaican Creole's 25 % and every other language stays under 19 %.
// A text half English and half another language falls below and goes to CLD2, which calls it
// mixed.
bool is_english_prose(std::string_view text);

}  // namespace newsarchive::indexer
