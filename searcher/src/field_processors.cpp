#include "field_processors.h"

#include "newsarchive/common/date_range.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/common/text.h"
#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

Xapian::Query FilterProcessor::operator()(const std::string& value) {
  using schema::Field;
  std::string key;
  switch (field_) {
    case Field::kId:
    case Field::kUrl:
      key = value;
      break;
    default:
      key = text::to_lower_ascii(text::collapse_space(value));
  }
  if (key.empty())
    throw QueryError(std::string(schema::spec(field_).query_name) + ": needs a value");
  return Xapian::Query(schema::boolean_term(field_, key));
}

Xapian::Query DateRangeProcessor::operator()(const std::string& value) {
  const auto parsed = parse_date_range(value);
  if (!parsed.range) throw QueryError("date:" + value + ": " + parsed.error);
  const unsigned slot = schema::slot(schema::Field::kDate);
  const auto& r = *parsed.range;
  // Bounds are inclusive in Xapian: the range ends one second before the day after.
  const auto lo = r.first ? stored::encode_time(Timestamp{*r.first}) : std::string();
  const auto hi =
      r.end ? stored::encode_time(Timestamp{*r.end} - std::chrono::seconds(1)) : std::string();
  if (r.first && r.end) return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, lo, hi);
  if (r.first) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, lo);
  return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, hi);
}

}  // namespace newsarchive::searcher
