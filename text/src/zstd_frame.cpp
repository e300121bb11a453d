#include "newsarchive/text/zstd_frame.h"

#include <zstd.h>

#include <algorithm>
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

// The size a frame declares is data too: a damaged record of a few bytes can claim gigabytes.
// So the output grows as it is actually produced, never ahead of what the frame holds.
std::optional<std::string> zstd_decompress(std::string_view frame) {
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  // Frames we write always record their size.
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 31))
    return std::nullopt;
  ZSTD_DCtx* d = decompressor();
  ZSTD_DCtx_reset(d, ZSTD_reset_session_only);
  ZSTD_inBuffer in{frame.data(), frame.size(), 0};
  // Articles compress about fourfold: one step for most records, doubling for the others.
  std::string out(std::min<std::size_t>(size, 8 * frame.size() + 4096), '\0');
  std::size_t produced = 0;
  for (;;) {
    ZSTD_outBuffer o{out.data(), out.size(), produced};
    const std::size_t read_before = in.pos;
    const std::size_t left = ZSTD_decompressStream(d, &o, &in);
    if (ZSTD_isError(left)) return std::nullopt;
    const bool progress = o.pos != produced || in.pos != read_before;
    produced = o.pos;
    if (left == 0) break;
    if (!progress) return std::nullopt;  // truncated: nothing more will come
    if (produced == out.size()) out.resize(std::min<std::size_t>(size, 2 * out.size()));
  }
  if (produced != size || in.pos != in.size) return std::nullopt;
  out.resize(produced);
  return out;
}

}  // namespace newsarchive::stored
