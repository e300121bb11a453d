#include "newsarchive/text/zstd_frame.h"

#include <zstd.h>

#include <memory>

namespace newsarchive::stored {
namespace {

// Level 3 (zstd's default): about the ratio of zlib's default at several times its speed.
constexpr int kLevel = 3;

// A context per thread: creating one costs more than compressing a short article.
struct ContextFree {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

ZSTD_CCtx* compressor() {
  thread_local std::unique_ptr<ZSTD_CCtx, ContextFree> c(ZSTD_createCCtx());
  return c.get();
}

ZSTD_DCtx* decompressor() {
  thread_local std::unique_ptr<ZSTD_DCtx, ContextFree> d(ZSTD_createDCtx());
  return d.get();
}

}  // namespace

std::string zstd_compress(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  const std::size_t n =
      ZSTD_compressCCtx(compressor(), out.data(), out.size(), data.data(), data.size(), kLevel);
  if (ZSTD_isError(n)) return std::string(data);  // not reached with a bound-sized buffer
  out.resize(n);
  return out;
}

bool is_zstd_frame(std::string_view data) {
  return data.size() >= 4 && static_cast<unsigned char>(data[0]) == 0x28 &&
         static_cast<unsigned char>(data[1]) == 0xB5 &&
         static_cast<unsigned char>(data[2]) == 0x2F && static_cast<unsigned char>(data[3]) == 0xFD;
}

std::optional<std::string> zstd_decompress(std::string_view frame) {
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  // Frames we write always record their size; refuse absurd sizes from damaged data.
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 31))
    return std::nullopt;
  std::string out(static_cast<std::size_t>(size), '\0');
  const std::size_t n =
      ZSTD_decompressDCtx(decompressor(), out.data(), out.size(), frame.data(), frame.size());
  if (ZSTD_isError(n) || n != out.size()) return std::nullopt;
  return out;
}

}  // namespace newsarchive::stored
