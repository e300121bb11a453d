// The stored-record decoder: what the searcher reads back from a document's data (zstd-compressed
// JSON, read by the fast flat reader or nlohmann::json) and from its value slots (facet lists,
// sortable dates). Any bytes may be in a damaged archive, so decoding must never fail. Then a
// round trip: an article made from the input, encoded as the indexer stores it, must decode to
// the same fields.
#include <fuzzer/FuzzedDataProvider.h>

#include "fuzz_input.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/text.h"

namespace {

using namespace newsarchive;

void decode_anything(std::string_view bytes) {
  const auto record = stored::decode_data(bytes);
  const auto facets = stored::decode_facets(bytes);
  const auto time = stored::decode_time(bytes);
  (void)record;
  (void)facets;
  (void)time;
}

std::string utf8(FuzzedDataProvider& in) {
  return text::to_valid_utf8(in.ConsumeRandomLengthString(64));
}

Article article_from(FuzzedDataProvider& in) {
  Article a;
  a.id = utf8(in);
  a.title = utf8(in);
  a.body = utf8(in);
  a.url = utf8(in);
  a.source = utf8(in);
  a.language = utf8(in);
  a.origin = utf8(in);
  for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) a.authors.push_back(utf8(in));
  if (in.ConsumeBool()) {
    // Years 0001 to 9999, what ISO 8601 dates write with four digits.
    const auto seconds = in.ConsumeIntegralInRange<long long>(-62135596800LL, 253402300799LL);
    a.published_has_time = in.ConsumeBool();
    const Timestamp t{std::chrono::seconds(seconds)};
    a.published = a.published_has_time ? t : std::chrono::floor<std::chrono::days>(t);
  }
  return a;
}

void check_round_trip(const Article& a) {
  const auto s = stored::decode_data(stored::encode_data(a));
  if (s.id != a.id || s.title != a.title || s.body != a.body || s.url != a.url ||
      s.source != a.source || s.language != a.language || s.origin != a.origin ||
      s.authors != a.authors || s.published != a.published ||
      (a.published && s.published_has_time != a.published_has_time))
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  decode_anything(fuzz::as_text(data, size));
  FuzzedDataProvider in(data, size);
  check_round_trip(article_from(in));
  return 0;
}
