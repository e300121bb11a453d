#include "field_processors.h"

#include "newsarchive/common/date_range.h"
#include "newsarchive/common/entity_key.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/common/text.h"

namespace newsarchive::searcher {

Xapian::Query NotingFieldProcessor::reject(std::string reason) {
  if (rejection_.empty()) rejection_ = std::move(reason);
  return Xapian::Query::MatchNothing;
}

Xapian::Query FilterProcessor::operator()(const std::string& value) {
  using schema::Field;
  std::string key;
  switch (field_) {
    case Field::kId:
    case Field::kUrl:
    case Field::kCluster:  // an article id, as written
      key = value;
      break;
    case Field::kPerson:
    case Field::kOrganisation:
    case Field::kPlace:
      key = entity_key(value);
      break;
    default:
      key = text::to_lower_ascii(text::collapse_space(value));
  }
  if (key.empty()) return reject(std::string(schema::spec(field_).query_name) + ": needs a value");
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
  const auto term = [](sys_days d, std::size_t digits) {
    return Xapian::Query(
        schema::boolean_term(schema::Field::kMentions, stored::day_key(d).substr(0, digits)));
  };
  while (day < end) {
    const year_month_day ymd{day};
    const sys_days next_year{(ymd.year() + years{1}) / 1 / 1};
    const sys_days next_month{(ymd.year() / ymd.month() + months{1}) / 1};
    if (ymd.month() == January && ymd.day() == 1d && next_year <= end) {
      terms.push_back(term(day, 4));
      day = next_year;
    } else if (ymd.day() == 1d && next_month <= end) {
      terms.push_back(term(day, 6));
      day = next_month;
    } else {
      terms.push_back(term(day, 8));
      day += days{1};
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace newsarchive::searcher
