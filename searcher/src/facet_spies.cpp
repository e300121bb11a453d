#include "facet_spies.h"

#include <algorithm>
#include <chrono>

#include "newsarchive/common/stored_values.h"

namespace newsarchive::searcher {
namespace {

using namespace std::chrono;

constexpr std::size_t kMaxBars = 60;

sys_days parse_day(const std::string& k) {
  return sys_days{year{std::stoi(k.substr(0, 4))} / month{unsigned(std::stoi(k.substr(4, 2)))} /
                  day{unsigned(std::stoi(k.substr(6, 2)))}};
}

std::string dashed(const std::string& compact) {
  std::string out = compact.substr(0, 4);
  if (compact.size() >= 6) out += "-" + compact.substr(4, 2);
  if (compact.size() >= 8) out += "-" + compact.substr(6, 2);
  return out;
}

}  // namespace

void KeyCountSpy::count(std::string_view key, std::string_view display, std::uint64_t times) {
  auto it = tallies_.find(key);
  if (it == tallies_.end()) it = tallies_.emplace(std::string(key), Tally{}).first;
  auto& t = it->second;
  t.count += times;
  for (auto& [written, n] : t.displays) {
    if (written == display) {
      n += times;
      return;
    }
  }
  t.displays.emplace_back(std::string(display), times);
}

void KeyCountSpy::operator()(const Xapian::Document& doc, double) {
  add(doc.get_value(slot_), 1);
}

void KeyCountSpy::add(std::string_view value, std::uint64_t times) {
  if (value.empty()) return;
  if (!key_list_) {
    count(value, value, times);
    return;
  }
  // "key\tdisplay" lines, as stored::encode_facets writes them.
  std::string_view rest = value;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos)
      count(line, line, times);
    else
      count(line.substr(0, tab), line.substr(tab + 1), times);
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
}

FacetResult KeyCountSpy::top(const std::string& field, std::size_t size) const {
  FacetResult r;
  r.field = field;
  for (const auto& [key, tally] : tallies_) {
    const auto best =
        std::max_element(tally.displays.begin(), tally.displays.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    r.values.push_back({key, best->first, tally.count});
  }
  // Most frequent first; equal counts in key order, so output is stable.
  std::sort(r.values.begin(), r.values.end(),
            [](const FacetValue& a, const FacetValue& b) { return a.key < b.key; });
  std::stable_sort(r.values.begin(), r.values.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  if (r.values.size() > size) r.values.resize(size);
  return r;
}

void DayCountSpy::operator()(const Xapian::Document& doc, double) {
  add(doc.get_value(slot_), 1);
}

void DayCountSpy::add(std::string_view day, std::uint64_t times) {
  if (day.size() == 8)
    days_[std::string(day)] += times;
  else
    undated_ += times;
}

void ServerCountedValues::replay() const {
  // ValueCountMatchSpy leaves unset slots out of its values but not out of its total.
  std::uint64_t with_value = 0;
  for (auto it = counter_.values_begin(); it != counter_.values_end(); ++it) {
    target_.add(*it, it.get_termfreq());
    with_value += it.get_termfreq();
  }
  if (counter_.get_total() > with_value) target_.add({}, counter_.get_total() - with_value);
}

FacetResult DayCountSpy::histogram() const {
  FacetResult r;
  r.field = "date";
  r.undated = undated_;
  if (days_.empty()) return r;
  const sys_days first = parse_day(days_.begin()->first), last = parse_day(days_.rbegin()->first);
  const auto span_days = static_cast<std::size_t>((last - first).count()) + 1;
  const int first_year = int(year_month_day{first}.year()),
            last_year = int(year_month_day{last}.year());
  const auto span_months = static_cast<std::size_t>(
      (last_year - first_year) * 12 + int(unsigned(year_month_day{last}.month())) -
      int(unsigned(year_month_day{first}.month())) + 1);
  std::size_t digits;
  if (span_days <= kMaxBars) {
    digits = 8;
    r.granularity = "day";
  } else if (span_months <= kMaxBars) {
    digits = 6;
    r.granularity = "month";
  } else {
    digits = 4;
    r.granularity = "year";
  }
  std::map<std::string, std::uint64_t> buckets;
  for (const auto& [d, n] : days_) buckets[d.substr(0, digits)] += n;
  // Every period from first to last, so gaps show as empty bars.
  sys_days cursor = first;
  while (cursor <= last) {
    const std::string key = stored::day_key(cursor).substr(0, digits);
    const auto it = buckets.find(key);
    r.values.push_back({dashed(key), dashed(key), it == buckets.end() ? 0 : it->second});
    const year_month_day ymd{cursor};
    if (digits == 8)
      cursor += days{1};
    else if (digits == 6)
      cursor = sys_days{(ymd.year() / ymd.month() + months{1}) / 1};
    else
      cursor = sys_days{(ymd.year() + years{1}) / 1 / 1};
  }
  return r;
}

}  // namespace newsarchive::searcher
