// What users type after "field:" for each filter field, date: and mentions:, straight into the
// field processors (without the QueryParser, which would cut the value at a space or bracket).
// The first byte picks the field. A processor never throws (field_processors.h): it notes why it
// rejects a value and answers with a query that matches nothing.
#include "field_processors.h"
#include "fuzz_input.h"

namespace {

Xapian::Query process(const newsarchive::schema::FieldSpec& row, const std::string& value,
                      std::string& rejection) {
  using namespace newsarchive;
  if (row.kind == schema::FieldKind::kRange) return searcher::DateRangeProcessor(rejection)(value);
  if (row.field == schema::Field::kMentions) return searcher::MentionsProcessor(rejection)(value);
  if (row.kind == schema::FieldKind::kBoolean)
    return searcher::FilterProcessor(row.field, rejection)(value);
  return Xapian::Query::MatchAll;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  if (size == 0) return 0;
  const std::string value(fuzz::as_text(data + 1, size - 1));
  const auto fields = schema::fields();
  std::string rejection;
  const auto query = process(fields[data[0] % fields.size()], value, rejection);
  if (!rejection.empty() && !query.empty()) std::abort();  // a rejected value matches nothing
  if (query.get_description().empty()) std::abort();
  return 0;
}
