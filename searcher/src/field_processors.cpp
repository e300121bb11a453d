#include "field_processors.h"

#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/date_range.h"

namespace newsarchive::searcher {
namespace {

// Entity keys are folded: ASCII letters are lower case, and any byte past ASCII is part of a
// letter of another script.
bool has_letter(const std::string& key) {
  for (const char c : key)
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

}  // namespace

Xapian::Query NotingFieldProcessor::reject(std::string reason) {
  if (rejection_.empty()) rejection_ = std::move(reason);
  return Xapian::Query::MatchNothing;
}

Xapian::Query FilterProcessor::operator()(const std::string& value) {
  const std::string key = schema::filter_value(field_, value);
  const std::string name(schema::spec(field_).query_name);
  if (key.empty()) return reject(name + ": needs a value");
  if (schema::is_entity_field(field_) && !has_letter(key))
    return reject(name + ":" + value + ": a name needs at least one letter");
  return Xapian::Query(schema::boolean_term(field_, key));
}

Xapian::Query DateRangeProcessor::operator()(const std::string& value) {
  const auto parsed = parse_date_range(value);
  if (!parsed.range) return reject("date:" + value + ": " + parsed.error);
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

namespace {

// Open ends of a mentions range stop here: terms exist only for dates texts actually name.
constexpr int kEarliestYear = 1800;
constexpr int kLatestYear = 2200;

}  // namespace

Xapian::Query MentionsProcessor::operator()(const std::string& value) {
  using namespace std::chrono;
  const auto parsed = parse_date_range(value);
  if (!parsed.range) return reject("mentions:" + value + ": " + parsed.error);
  sys_days day = parsed.range->first.value_or(sys_days{year{kEarliestYear} / 1 / 1});
  const sys_days end = parsed.range->end.value_or(sys_days{year{kLatestYear} / 1 / 1});
  std::vector<Xapian::Query> terms;
  const auto term = [](sys_days d, schema::DatePrecision precision) {
    return Xapian::Query(
        schema::boolean_term(schema::Field::kMentions, schema::date_key(d, precision)));
  };
  using enum schema::DatePrecision;
  while (day < end) {
    const year_month_day ymd{day};
    const sys_days next_year{(ymd.year() + years{1}) / 1 / 1};
    const sys_days next_month{(ymd.year() / ymd.month() + months{1}) / 1};
    if (ymd.month() == January && ymd.day() == 1d && next_year <= end) {
      terms.push_back(term(day, kYear));
      day = next_year;
    } else if (ymd.day() == 1d && next_month <= end) {
      terms.push_back(term(day, kMonth));
      day = next_month;
    } else {
      terms.push_back(term(day, kDay));
      day += days{1};
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace newsarchive::searcher
