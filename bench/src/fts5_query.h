// Keyword queries in FTS5's syntax.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::bench {

// Every word (a run of letters, digits or non-ASCII bytes) is quoted, so punctuation, FTS5's
// own keywords and column names are never misread; upper-case AND, OR and NOT stay operators;
// words with no operator between them are ORed, as in Xapian's default. "" when no word.
std::string fts5_match(std::string_view query);

}  // namespace newsarchive::bench
