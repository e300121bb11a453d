// What users type after "field:" for each filter field, date: and mentions:, straight into the
// field processors (without the QueryParser, which would cut the value at a space or bracket).
// The first byte picks the field. A value they reject throws QueryError.
#include "field_processors.h"
#include "fuzz_input.h"
#include "newsarchive/searcher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  if (size == 0) return 0;
  const std::string value(fuzz::as_text(data + 1, size - 1));
  const auto fields = schema::fields();
  const auto& row = fields[data[0] % fields.size()];
  try {
    Xapian::Query query;
    if (row.kind == schema::FieldKind::kRange) {
      query = searcher::DateRangeProcessor()(value);
    } else if (row.field == schema::Field::kMentions) {
      query = searcher::MentionsProcessor()(value);
    } else if (row.kind == schema::FieldKind::kBoolean) {
      query = searcher::FilterProcessor(row.field)(value);
    } else {
      return 0;
    }
    if (query.get_description().empty()) std::abort();
  } catch (const QueryError&) {
  }
  return 0;
}
