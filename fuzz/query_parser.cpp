// The query language: QueryBuilder::parse (Xapian's QueryParser with the schema's prefixes, the
// field processors for filters, date: and mentions:, and the fallback that re-reads a query the
// strict grammar rejects), against the sample archive so that wildcards expand. A value the
// language rejects throws QueryError; anything else escaping is a crash.
#include <xapian.h>

#include "fuzz_input.h"
#include "newsarchive/searcher.h"
#include "query_builder.h"
#include "tiny_index.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  static const Xapian::Database db(fuzz::tiny_index());
  static const searcher::QueryBuilder builder("en");
  try {
    const auto parsed = builder.parse(std::string(fuzz::as_text(data, size)), db);
    // Describing walks the whole query tree the processors built.
    if (parsed.query.get_description().empty()) std::abort();
  } catch (const QueryError&) {
  }
  return 0;
}
