// One reader, chosen at build time (NEWSARCHIVE_FUZZ_FORMAT, a --format name): reads the input as
// that format. A reader reports a bad record through its sink and never throws, so any exception
// is a crash.
#include <sstream>

#include "checking_sink.h"
#include "fuzz_input.h"
#include "newsarchive/indexer/readers/article_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto* reader = newsarchive::indexer::find_reader(NEWSARCHIVE_FUZZ_FORMAT);
  if (!reader) std::abort();
  std::istringstream in{std::string(newsarchive::fuzz::as_text(data, size))};
  newsarchive::fuzz::CheckingSink sink;
  reader->read(in, "fuzz-input", sink);
  return 0;
}
