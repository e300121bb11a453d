#include "newsarchive/indexer/input_files.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <istream>
#include <streambuf>
#include <system_error>

#include "bundles/gzip_check.h"
#include "newsarchive/indexer/bundles/packed_input.h"
#include "pipe_read_buf.h"

namespace newsarchive::indexer {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kHeadBytes = 4096;
using traits = std::char_traits<char>;

// Serves `head` first, then the rest of `rest`: detection can look at the start of a stream that
// cannot seek (standard input, a decompressor) without losing it.
class HeadThenRestBuf final : public std::streambuf {
 public:
  HeadThenRestBuf(std::string head, std::streambuf* rest) : head_(std::move(head)), rest_(rest) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

 protected:
  // Only what `rest` holds already (after waiting for something, if it held nothing): asking
  // for a whole buffer would wait on a pipe until that much has come.
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (traits_type::eq_int_type(rest_->sgetc(), traits_type::eof())) return traits_type::eof();
    const std::streamsize held = std::clamp<std::streamsize>(
        rest_->in_avail(), 1, static_cast<std::streamsize>(sizeof buffer_));
    const auto n = rest_->sgetn(buffer_, held);
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string head_;
  std::streambuf* rest_;
  char buffer_[1 << 16];
};

bool hidden(const fs::path& p) {
  const auto name = p.filename().string();
  return !name.empty() && name.front() == '.';
}

// The first kHeadBytes of `in`, for detecting its format. From a live feed (`live`: standard
// input) the head ends early once a whole line has come and nothing more is waiting: a feed
// that pauses after its first record is indexed then, not when 4 KiB have come.
std::string read_head(std::istream& in, bool live = false) {
  std::string head;
  std::streambuf* buf = in.rdbuf();
  while (head.size() < kHeadBytes) {
    if (traits::eq_int_type(buf->sgetc(), traits::eof())) break;  // waits only when empty
    const auto wanted = std::clamp<std::streamsize>(
        buf->in_avail(), 1, static_cast<std::streamsize>(kHeadBytes - head.size()));
    const std::size_t at = head.size();
    head.resize(at + static_cast<std::size_t>(wanted));
    head.resize(at + static_cast<std::size_t>(buf->sgetn(head.data() + at, wanted)));
    if (live && buf->in_avail() <= 0 && head.find('\n') != std::string::npos) break;
  }
  return head;
}

// WARC files hold images and other binary payloads between text headers: they are read by
// their own reader, so their NUL bytes say nothing about whether the input is text. Elsewhere a
// NUL, or control characters in more than one byte in ten, mean binary data: text formats use
// only a few (Reuters-21578 ends each body with one ^C).
bool looks_binary(std::string_view head) {
  if (head.starts_with("WARC/")) return false;
  if (head.find('\0') != std::string_view::npos) return true;
  const auto control = std::count_if(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && !std::strchr("\t\n\r\f\v", c)) || u == 0x7f;
  });
  return static_cast<std::size_t>(control) * 10 > head.size();
}

// Hands a text stream to `visit` with its first bytes, which were already read into `head`.
void visit_text(const std::string& origin, std::string head, std::istream& in,
                const StreamVisitor& visit, const FailureHandler& fail) {
  if (looks_binary(head)) {
    fail(origin, "binary file (not a supported article format)");
    return;
  }
  const std::string head_copy = head;
  HeadThenRestBuf buf(std::move(head), in.rdbuf());
  std::istream stream(&buf);
  visit(origin, head_copy, stream);
}

// A member of an archive, or the content of a compressed file: detected and visited like a file.
void visit_unpacked(const std::string& origin, std::istream& member, const StreamVisitor& visit,
                    const FailureHandler& fail) {
  std::string head = read_head(member);
  // Archives inside archives are rare in news collections (the one in the Reuters financial
  // set is an empty leftover), and reading them would need a second decompressor per level.
  if (bundles::is_packed(head)) {
    fail(origin, "archive inside an archive (not read)");
    return;
  }
  visit_text(origin, std::move(head), member, visit, fail);
}

// What a path that is not a regular file is, for the message that skips it.
std::string kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return "not a regular file";
  }
}

bool inside(const fs::path& path, const fs::path& folder) {
  const auto [f, p] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return f == folder.end();
}

// A symbolic link met while walking `folder`: read when it leads to a regular file inside the
// folder, never followed out of it (an archive unpacked from elsewhere may hold links to
// /etc/passwd or to devices).
void add_linked_file(const fs::path& link, const fs::path& folder, std::vector<InputFile>& found,
                     ExpandedInputs& out) {
  std::error_code ec;
  const fs::path target = fs::canonical(link, ec);
  const fs::path root = fs::canonical(folder, ec);
  if (!ec && inside(target, root) && fs::is_regular_file(target, ec))
    found.push_back({link, link.string(), fs::file_size(target, ec)});
  else
    out.errors.emplace_back(link.string(),
                            "symbolic link leading out of the folder or to no regular file (not "
                            "followed)");
}

}  // namespace

ExpandedInputs expand_inputs(const std::vector<std::string>& args) {
  ExpandedInputs out;
  for (const auto& arg : args) {
    if (arg == "-") {
      out.files.push_back({{}, "<stdin>", 0});
      continue;
    }
    std::error_code ec;
    const fs::path p(arg);
    const auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      out.errors.emplace_back(arg, "no such file or directory");
    } else if (fs::is_directory(status)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (hidden(it->path())) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_symlink())
          add_linked_file(it->path(), p, found, out);
        else if (it->is_regular_file())
          found.push_back({it->path(), it->path().string(), it->file_size()});
      }
      if (ec) out.errors.emplace_back(arg, ec.message());
      std::sort(found.begin(), found.end(),
                [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      out.files.insert(out.files.end(), found.begin(), found.end());
    } else if (!fs::is_regular_file(status)) {
      // Reading a FIFO with no writer would wait forever; a device never ends.
      out.errors.emplace_back(
          arg, kind_of(status.type()) + " (not read: name regular files, or - for standard input)");
    } else {
      out.files.push_back({p, arg, fs::file_size(p, ec)});
    }
  }
  return out;
}

void for_each_stream(const InputFile& file, const StreamVisitor& visit, const FailureHandler& fail,
                     PositionProbe* position) {
  std::ifstream f;
  PipeReadBuf standard_input_buf(STDIN_FILENO);
  std::istream standard_input(&standard_input_buf);
  std::istream* in = &standard_input;
  if (!file.path.empty()) {
    f.open(file.path, std::ios::binary);
    if (!f) {
      fail(file.origin,
           "cannot open: " + std::error_code(errno, std::generic_category()).message());
      return;
    }
    in = &f;
  }
  std::string head = read_head(*in, /*live=*/file.path.empty());
  if (bundles::is_gzip(head) && !file.path.empty()) {
    if (const auto damage = bundles::gzip_damage(file.path)) {
      fail(file.origin, *damage);
      return;
    }
  }
  if (bundles::is_packed(head)) {
    // Members are named "archive.tar.gz/path/in/archive"; a compressed file's one stream keeps
    // the file's own name.
    const auto member_origin = [&](const std::string& name) {
      return name.empty() ? file.origin : file.origin + "/" + name;
    };
    const auto on_member = [&](const std::string& name, std::istream& member) {
      visit_unpacked(member_origin(name), member, visit, fail);
    };
    const auto on_failure = [&](const std::string& name, const std::string& reason) {
      fail(member_origin(name), reason);
    };
    if (file.path.empty()) {
      bundles::for_each_member(head, *in, on_member, on_failure);
    } else {
      f.close();
      bundles::for_each_member(file.path, on_member, on_failure, position);
    }
    return;
  }
  if (position && !file.path.empty()) {
    *position = [&f, size = file.size]() -> std::uint64_t {
      const auto at = f.tellg();  // -1 once the stream has failed or ended: all read
      return at < 0 ? size : static_cast<std::uint64_t>(at);
    };
  }
  visit_text(file.origin, std::move(head), *in, visit, fail);
  if (position) *position = nullptr;
}

}  // namespace newsarchive::indexer
