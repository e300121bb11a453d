// Reading input without letting one record take the memory: a document or a line longer than
// its limit is refused; an over-long line is read to its end and dropped, so the records after
// it are read as usual.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

#include "newsarchive/indexer/limits.h"

namespace newsarchive::indexer {

// Reads a whole stream (one feed or document) into memory; false when it is larger than
// `max_bytes` or unreadable, with `error` set.
bool slurp(std::istream& in, std::string& out, std::string& error,
           std::size_t max_bytes = limits::kMaxDocumentBytes);

enum class LineRead { kLine, kTooLong, kEnd };

// The next line of `in` into `line` (without its '\n'); kTooLong (and `line` empty) when it
// holds more than `max_bytes`; kEnd when nothing is left.
LineRead read_bounded_line(std::istream& in, std::string& line, std::size_t max_bytes);

// How deeply arrays and objects nest in the JSON text `json` (strings skipped), counted
// without parsing, so a hostile record is refused before a recursive walk overflows the stack.
std::size_t json_nesting_depth(std::string_view json);

}  // namespace newsarchive::indexer
