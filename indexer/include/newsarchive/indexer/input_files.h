// Turns what the user named on the command line into the inputs to read, and opens them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace newsarchive::indexer {

struct InputFile {
  std::filesystem::path path;  // empty for standard input
  std::string origin;          // how messages name it
  std::uintmax_t size = 0;     // bytes, 0 when unknown
};

struct ExpandedInputs {
  std::vector<InputFile> files;
  std::vector<std::pair<std::string, std::string>> errors;  // (argument, reason)
};

// Files as given, directories walked recursively in name order (hidden entries skipped), and
// "-" for standard input.
ExpandedInputs expand_inputs(const std::vector<std::string>& args);

// Calls `visit` once for each stream the input holds: one for a plain file, one per member for a
// bundle (a compressed file gives one stream, an archive one per member, named
// "archive.tar.gz/member/path"; nothing is unpacked to disk). `head` holds the stream's first bytes
// (for format detection); the stream still starts at byte 0. Failures to open are reported through
// `fail(where, reason)`.
using StreamVisitor =
    std::function<void(const std::string& origin, std::string_view head, std::istream& in)>;
using FailureHandler = std::function<void(const std::string& where, const std::string& reason)>;
// While it runs, `position` (when given) tells how many of the file's bytes have been read.
using PositionProbe = std::function<std::uint64_t()>;
void for_each_stream(const InputFile& file, const StreamVisitor& visit, const FailureHandler& fail,
                     PositionProbe* position = nullptr);

}  // namespace newsarchive::indexer
