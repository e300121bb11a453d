// Document data is stored as one zstd frame. Xapian compresses it with zlib otherwise, and
// inflating each hit's record was a quarter of a search's instructions; zstd decompresses
// several times faster, and Xapian stores a frame as it is (zlib cannot shrink it).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::stored {

std::string zstd_compress(std::string_view data);

// Whether `data` begins with zstd's frame magic number (a JSON record begins with "{").
bool is_zstd_frame(std::string_view data);

// nullopt for a damaged frame.
std::optional<std::string> zstd_decompress(std::string_view frame);

}  // namespace newsarchive::stored
