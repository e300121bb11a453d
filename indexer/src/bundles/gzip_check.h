// A gzip file checked whole before it is read: libarchive checks no gzip CRC, so a damaged file
// would be read as garbled articles with garbled ids. The check decompresses it once with zlib,
// holding one buffer, and stops at a decompression bomb.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::indexer::bundles {

bool is_gzip(std::string_view head);

// Why the gzip file at `path` must not be read (a CRC or length error, a truncated or corrupt
// stream, more than limits::kMaxCompressionRatio times its size once decompressed); nullopt
// when it is sound.
std::optional<std::string> gzip_damage(const std::filesystem::path& path);

}  // namespace newsarchive::indexer::bundles
