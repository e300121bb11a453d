// A scratch file for the harnesses of code that reads from a path.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

namespace newsarchive::fuzz {

// One file per process, rewritten with each input. In memory (/dev/shm): on a disk, ext4 flushes a
// file that is truncated and written again when it is closed, which cut the harnesses to a few
// hundred runs a second.
class ScratchFile {
 public:
  ScratchFile() {
    std::string pattern = "/dev/shm/newsarchive-fuzz-XXXXXX";
    const int fd = mkstemp(pattern.data());
    if (fd < 0) std::abort();
    close(fd);
    path_ = pattern;
  }
  ~ScratchFile() { unlink(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& write(std::string_view bytes) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) std::abort();
    return path_;
  }

 private:
  std::string path_;
};

}  // namespace newsarchive::fuzz
