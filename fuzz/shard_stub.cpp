// Stub files naming an archive's shards (auto/glass/chert PATH, remote HOST:PORT, remote
// :PROGRAM): a line the searcher cannot read throws DatabaseError naming it; nothing else may
// escape.
#include "shard_stub.h"
#include "fuzz_input.h"
#include "newsarchive/searcher.h"
#include "scratch_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  static fuzz::ScratchFile stub;
  try {
    const auto shards = searcher::read_stub(stub.write(fuzz::as_text(data, size)));
    for (std::size_t i = 0; i < shards.size(); ++i) {
      if (shards[i].number != i + 1) std::abort();
      (void)shards[i].name();
    }
  } catch (const DatabaseError&) {
  }
  return 0;
}
