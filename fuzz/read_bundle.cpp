// Compressed files and archives (gzip, bzip2, xz, zstd, zip, tar) read as a stream, the way
// news-index reads standard input: every member is detected and read like a file.
#include <sstream>

#include "checking_sink.h"
#include "fuzz_input.h"
#include "newsarchive/indexer/bundles/packed_input.h"
#include "newsarchive/indexer/readers/article_reader.h"

namespace {
// At most this much of each member: a small input can unpack to gigabytes, and a member's first
// bytes are what its reader's coverage depends on.
constexpr std::size_t kMemberBytes = 256 << 10;

std::string read_start(std::istream& in) {
  std::string text;
  char chunk[16384];
  while (text.size() < kMemberBytes && in.read(chunk, sizeof chunk).gcount() > 0)
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  return text;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  const std::string_view bytes = fuzz::as_text(data, size);
  if (!indexer::bundles::is_packed(bytes.substr(0, 4096))) return 0;
  // The caller has taken the head from the stream already.
  const std::string_view packed_head = bytes.substr(0, 4096);
  std::istringstream rest{std::string(bytes.substr(packed_head.size()))};
  fuzz::CheckingSink sink;
  indexer::bundles::for_each_member(
      packed_head, rest,
      [&](const std::string& name, std::istream& in) {
        std::string text = read_start(in);
        const std::string head = text.substr(0, 4096);
        std::istringstream member(std::move(text));
        indexer::detect_reader(name, head).read(member, name, sink);
      },
      [&](const std::string& member, const std::string& reason) { sink.skipped(member, reason); });
  return 0;
}
