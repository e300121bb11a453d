// What a person watching a long indexing run sees: a bar redrawn in place on a terminal, plain
// periodic lines in a log, nothing with --quiet.
#pragma once

#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

namespace newsarchive::indexer {

struct ProgressSnapshot {
  std::uint64_t articles = 0;     // read and handled so far (indexed, unchanged or skipped)
  std::uint64_t input_bytes = 0;  // of the inputs as stored (compressed bytes for a .gz)
  std::uint64_t total_bytes = 0;  // all inputs' sizes; 0 when unknown (standard input)
  double seconds = 0;             // since the run started
};

class ProgressReport {
 public:
  enum class Mode { kTerminal, kLines };
  // Draws at most once per `interval_s`: often enough to look alive on a terminal, rarely
  // enough not to flood a log.
  ProgressReport(std::ostream& out, Mode mode, double interval_s);

  void update(const ProgressSnapshot& s);
  // A problem to report while the bar is shown: the bar is cleared, the message printed on its
  // own line, and the bar drawn again on the next update.
  void message(const std::string& text);
  // Clears the bar; the run's summary line follows.
  void finish();

  // "[######......]  45%  12,345 articles  61.2 MB  2,345/s  ETA 0:52", fitted to `width`.
  static std::string bar_line(const ProgressSnapshot& s, std::size_t width);
  // "12345 articles, 61.2 of 136.0 MB (45%), 2345 articles/s, ETA 52 s"
  static std::string plain_line(const ProgressSnapshot& s);

 private:
  std::ostream& out_;
  Mode mode_;
  double interval_s_;
  double last_drawn_s_ = -1;
  bool bar_shown_ = false;
  std::mutex mutex_;
};

}  // namespace newsarchive::indexer
