#include "gzip_check.h"

#include <zlib.h>

#include <memory>

#include "newsarchive/indexer/limits.h"

namespace newsarchive::indexer::bundles {

bool is_gzip(std::string_view head) {
  return head.starts_with("\x1f\x8b");
}

std::optional<std::string> gzip_damage(const std::filesystem::path& path) {
  std::error_code ec;
  const auto stored = std::filesystem::file_size(path, ec);
  std::unique_ptr<gzFile_s, decltype(&gzclose)> gz(gzopen(path.c_str(), "rb"), &gzclose);
  if (ec || !gz) return "cannot open: " + (ec ? ec.message() : std::string("out of memory"));
  // Small files decompress to many times their size legitimately (a gzipped header alone).
  const std::uint64_t bound =
      std::max<std::uint64_t>(stored * limits::kMaxCompressionRatio, std::uint64_t{1} << 20);
  static thread_local char buffer[1 << 16];
  std::uint64_t total = 0;
  for (int n; (n = gzread(gz.get(), buffer, sizeof buffer)) != 0;) {
    if (n < 0) {
      int code = Z_OK;
      const char* message = gzerror(gz.get(), &code);
      return std::string("corrupt compressed data (") + (message ? message : "gzip error") +
             "; gzip -t tells more): not read";
    }
    total += static_cast<std::uint64_t>(n);
    if (total > bound)
      return "decompresses to over " + std::to_string(limits::kMaxCompressionRatio) +
             " times its size (a decompression bomb): not read";
  }
  return std::nullopt;
}

}  // namespace newsarchive::indexer::bundles
