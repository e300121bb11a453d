// Standard input as a stream that hands over whatever has arrived. std::cin's buffer asks stdio
// for 64 KiB at a time and waits until they all arrive, so a live feed (`tail -f feed.jsonl |
// news-index -`) was indexed only once 64 KiB had come, or at its end; here each read() returns
// what the pipe holds, and the records read so far go on to be indexed and committed.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <streambuf>

namespace newsarchive::indexer {

class PipeReadBuf final : public std::streambuf {
 public:
  explicit PipeReadBuf(int fd) : fd_(fd) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n = 0;
    do {
      n = ::read(fd_, buffer_, sizeof buffer_);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  char buffer_[1 << 16];
};

}  // namespace newsarchive::indexer
