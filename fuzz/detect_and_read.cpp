// Format sniffing as news-index does it for a file: for_each_stream opens the file (unpacking
// it when it is a compressed file or an archive), and each stream is read by the reader
// detect_reader picks from its name and first bytes. The first input byte picks the file name,
// since detection weighs the name too.
#include <array>

#include "checking_sink.h"
#include "fuzz_input.h"
#include "newsarchive/indexer/input_files.h"
#include "newsarchive/indexer/readers/article_reader.h"
#include "scratch_file.h"

namespace {

constexpr std::array<const char*, 16> kNames = {
    "story.txt",  "wire.jsonl",    "feed.json", "export.csv",
    "export.tsv", "feed.xml",      "feed.rss",  "page.html",
    "crawl.warc", "reut2-000.sgm", "trec.sgml", "nitf.xml",
    "newsml.xml", "news.tar.gz",   "news.zip",  "financial_news/2006-10-20/story"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  static fuzz::ScratchFile scratch;
  if (size == 0) return 0;
  const std::string origin = kNames[data[0] % kNames.size()];
  const indexer::InputFile file{scratch.write(fuzz::as_text(data + 1, size - 1)), origin, size - 1};
  fuzz::CheckingSink sink;
  indexer::for_each_stream(
      file,
      [&](const std::string& where, std::string_view head, std::istream& in) {
        indexer::detect_reader(where, head).read(in, where, sink);
      },
      [&](const std::string& where, const std::string& reason) { sink.skipped(where, reason); });
  return 0;
}
