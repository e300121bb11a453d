// Compressed files and archives, read as streams through libarchive: never unpacked to disk,
// and only one member's decompression buffer is held at a time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

namespace newsarchive::indexer::bundles {

// True when `head` (the first bytes of an input) starts a gzip, bzip2, xz or zstd stream, or a
// zip or tar archive. Decided by magic bytes, never by the file name, so a misnamed file still
// opens and a text file named ".gz" is still read as text.
bool is_packed(std::string_view head);

// A member of a packed input. `name` is the member's path inside the archive, or empty when the
// input is a single compressed file (its one stream has no name of its own).
using MemberVisitor = std::function<void(const std::string& name, std::istream& in)>;
// Problems with the container itself (a corrupt gzip stream, a truncated tar); `member` is
// empty when no member was being read.
using PackedFailure = std::function<void(const std::string& member, const std::string& reason)>;
// Set while an archive is read to a function telling how many of its bytes (as stored,
// compressed) have been consumed so far: progress reports use it.
using PositionProbe = std::function<std::uint64_t()>;

// Visits every regular-file member of the packed file at `path`, in archive order.
void for_each_member(const std::filesystem::path& path, const MemberVisitor& visit,
                     const PackedFailure& fail, PositionProbe* position = nullptr);
// The same for a stream that cannot seek (standard input); `head` was already taken from `in`.
void for_each_member(std::string_view head, std::istream& in, const MemberVisitor& visit,
                     const PackedFailure& fail);

}  // namespace newsarchive::indexer::bundles
