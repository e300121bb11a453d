// Saying what is wrong with a query, and where: Xapian's QueryParser reports only which rule
// failed ("Syntax: <expression> AND <expression>"), and silently mends unbalanced brackets and
// quotes. These look at the text itself; positions are 1-based characters.
#pragma once

#include <string>
#include <vector>

namespace newsarchive::searcher {

// Why the strict grammar cannot read `text`, e.g. "'AND' at character 7 has nothing after it";
// "" when no operator is out of place (the caller then falls back to Xapian's message).
std::string locate_syntax_error(const std::string& text);

// What the parser mends on its own, for a warning: "unclosed '(' at character 1 (closed at the
// end)", "unmatched ')' at character 9 (ignored)", "unclosed '\"' at character 3 (the phrase
// runs to the end)".
std::vector<std::string> mended_syntax(const std::string& text);

// A field of the query language with nothing after it, as the reason for a QueryError:
// "'person:' at character 5 has no value (e.g. person:khamenei)"; "" when there is none.
std::string field_without_value(const std::string& text);

// Parts that stand for nothing as written, for a warning: "'*' at character 1 stands for no
// word (a wildcard needs letters before it, as in harb*)".
std::vector<std::string> parts_matching_nothing(const std::string& text);

}  // namespace newsarchive::searcher
