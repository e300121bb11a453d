#include "newsarchive/indexer/bundles/packed_input.h"

#include <archive.h>
#include <archive_entry.h>

#include <string.h>

#include <algorithm>
#include <memory>
#include <streambuf>

#include "newsarchive/indexer/limits.h"

namespace newsarchive::indexer::bundles {
namespace {

constexpr std::size_t kBlockBytes = 1 << 16;

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// Whether an archive has given out more than kMaxCompressionRatio times the bytes it read from
// its file so far: a decompression bomb of any filter (bzip2, xz, zstd, zip members...), caught
// while it is read, before it costs minutes.
class BombGuard {
 public:
  explicit BombGuard(archive* a) : archive_(a) {}
  bool exceeded_after(std::size_t produced) {
    produced_ += produced;
    const auto read =
        static_cast<std::uint64_t>(std::max<la_int64_t>(0, archive_filter_bytes(archive_, -1)));
    return produced_ >
           std::max(read * limits::kMaxCompressionRatio, limits::kRatioCheckedAfterBytes);
  }

 private:
  archive* archive_;
  std::uint64_t produced_ = 0;
};

// Serves one member's bytes as they are decompressed. A decompression error ends the stream
// early and is kept, so that the caller can report it after the reader has seen what there was.
class MemberBuf final : public std::streambuf {
 public:
  MemberBuf(archive* a, BombGuard& guard) : archive_(a), guard_(guard) {}
  const std::string& error() const { return error_; }
  bool fatal() const { return fatal_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!error_.empty()) return traits_type::eof();
    const la_ssize_t n = archive_read_data(archive_, buffer_, sizeof buffer_);
    if (n < 0) {
      const char* message = archive_error_string(archive_);
      error_ =
          std::string("corrupt or truncated data (") + (message ? message : "unreadable") + ")";
      fatal_ = n == ARCHIVE_FATAL;
      return traits_type::eof();
    }
    if (n == 0) return traits_type::eof();
    std::size_t served = static_cast<std::size_t>(n);
    if (guard_.exceeded_after(served)) {
      error_ = "decompresses to over " + std::to_string(limits::kMaxCompressionRatio) +
               " times its size (a decompression bomb): the rest is not read";
      fatal_ = true;
      // Up to the last whole line, so that the stop reads as the end of a record, not a
      // truncated one reported as broken.
      const auto* last_newline = static_cast<const char*>(memrchr(buffer_, '\n', served));
      if (!last_newline) return traits_type::eof();
      served = static_cast<std::size_t>(last_newline - buffer_) + 1;
    }
    setg(buffer_, buffer_, buffer_ + served);
    return traits_type::to_int_type(*gptr());
  }

 private:
  archive* archive_;
  BombGuard& guard_;
  std::string error_;
  bool fatal_ = false;
  char buffer_[kBlockBytes];
};

ArchivePtr new_reader() {
  ArchivePtr a(archive_read_new(), &archive_read_free);
  archive_read_support_filter_all(a.get());
  archive_read_support_format_tar(a.get());
  archive_read_support_format_gnutar(a.get());
  archive_read_support_format_zip(a.get());
  // "raw" loses every bid to a real archive format, so a compressed file that is not an archive
  // becomes one stream.
  archive_read_support_format_raw(a.get());
  // A valid compressed file of nothing: no members, not an unrecognised format.
  archive_read_support_format_empty(a.get());
  return a;
}

std::string error_of(archive* a, const char* fallback) {
  const char* message = archive_error_string(a);
  return message ? message : fallback;
}

void visit_members(archive* a, const MemberVisitor& visit, const PackedFailure& fail) {
  archive_entry* entry = nullptr;
  BombGuard guard(a);  // over the whole archive: a thousand members of a small bomb each count
  for (;;) {
    const int status = archive_read_next_header(a, &entry);
    if (status == ARCHIVE_EOF) return;
    if (status == ARCHIVE_FATAL || status == ARCHIVE_RETRY) {
      fail("", "corrupt or truncated archive (" + error_of(a, "unreadable") + ")");
      return;
    }
    // ARCHIVE_WARN (an odd header field) still gives a usable entry.
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const bool single_stream = archive_format(a) == ARCHIVE_FORMAT_RAW;
    const char* path = archive_entry_pathname_utf8(entry);
    if (!path) path = archive_entry_pathname(entry);
    const std::string name = single_stream ? std::string() : std::string(path ? path : "?");
    MemberBuf buf(a, guard);
    std::istream in(&buf);
    visit(name, in);
    if (!buf.error().empty()) {
      fail(name, buf.error());
      if (buf.fatal()) return;
    }
  }
}

// Feeds libarchive from an istream that was already read from: `head` first, then the rest.
struct StreamSource {
  std::string head;
  std::istream* in;
  bool head_served = false;
  char buffer[kBlockBytes];
};

la_ssize_t read_stream(archive*, void* data, const void** out) {
  auto* s = static_cast<StreamSource*>(data);
  if (!s->head_served) {
    s->head_served = true;
    if (!s->head.empty()) {
      *out = s->head.data();
      return static_cast<la_ssize_t>(s->head.size());
    }
  }
  s->in->read(s->buffer, sizeof s->buffer);
  *out = s->buffer;
  return static_cast<la_ssize_t>(s->in->gcount());
}

}  // namespace

bool is_packed(std::string_view head) {
  const auto starts = [&](std::string_view magic) { return head.starts_with(magic); };
  using namespace std::string_view_literals;
  // bzip2 is "BZh", a block size digit, then a block or end-of-stream magic: "BZh" alone could
  // start a text file.
  const bool bzip2 =
      starts("BZh"sv) && head.size() >= 10 && head[3] >= '1' && head[3] <= '9' &&
      (head.substr(4, 6) == "1AY&SY" || head.substr(4, 6) == "\x17\x72\x45\x38\x50\x90"sv);
  return starts("\x1f\x8b"sv) || bzip2 || starts("\xfd\x37zXZ\0"sv) ||
         starts("\x28\xb5\x2f\xfd"sv) || starts("PK\x03\x04"sv) || starts("PK\x05\x06"sv) ||
         (head.size() > 262 && head.substr(257, 5) == "ustar");
}

void for_each_member(const std::filesystem::path& path, const MemberVisitor& visit,
                     const PackedFailure& fail, PositionProbe* position) {
  ArchivePtr a = new_reader();
  if (archive_read_open_filename(a.get(), path.c_str(), kBlockBytes) != ARCHIVE_OK) {
    fail("", "cannot open archive (" + error_of(a.get(), "unreadable") + ")");
    return;
  }
  // Filter -1 is the raw file under every decompression layer.
  if (position)
    *position = [raw = a.get()] { return std::uint64_t(archive_filter_bytes(raw, -1)); };
  visit_members(a.get(), visit, fail);
  if (position) *position = nullptr;
}

void for_each_member(std::string_view head, std::istream& in, const MemberVisitor& visit,
                     const PackedFailure& fail) {
  ArchivePtr a = new_reader();
  auto source = std::make_unique<StreamSource>();
  source->head = std::string(head);
  source->in = &in;
  if (archive_read_open(a.get(), source.get(), nullptr, read_stream, nullptr) != ARCHIVE_OK) {
    fail("", "cannot open archive (" + error_of(a.get(), "unreadable") + ")");
    return;
  }
  visit_members(a.get(), visit, fail);
}

}  // namespace newsarchive::indexer::bundles
