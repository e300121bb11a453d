#include "facet_spies.h"

#include <algorithm>
#include <chrono>

#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::searcher {
namespace {

using namespace std::chrono;

constexpr std::size_t kMaxBars = 60;

sys_days parse_day(const std::string& k) {
  return sys_days{year{std::stoi(k.substr(0, 4))} / month{unsigned(std::stoi(k.substr(4, 2)))} /
                  day{unsigned(std::stoi(k.substr(6, 2)))}};
}

// The finest of day, month and year that keeps the chart within kMaxBars.
Period period_to_fit(sys_days first, sys_days last) {
  const auto span_days = static_cast<std::size_t>((last - first).count()) + 1;
  if (span_days <= kMaxBars) return Period::kDay;
  const year_month_day a{first}, b{last};
  const auto span_months =
      static_cast<std::size_t>((int(b.year()) - int(a.year())) * 12 + int(unsigned(b.month())) -
                               int(unsigned(a.month())) + 1);
  return span_months <= kMaxBars ? Period::kMonth : Period::kYear;
}

}  // namespace

void KeyCountSpy::operator()(const Xapian::Document& doc, double) {
  add(doc.get_value(slot_), 1);
}

void KeyCountSpy::add(std::string_view value, std::uint64_t times) {
  if (value.empty()) return;
  if (!key_list_) {
    count(value, times);
    return;
  }
  // "key\tdisplay" lines, as stored::encode_facets writes them.
  std::string_view rest = value;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    count(rest.substr(0, nl), times);
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
}

FacetResult KeyCountSpy::top(const std::string& field, std::size_t size) const {
  struct Tally {
    std::uint64_t count = 0;
    LabelCandidate label;
  };
  StringTable<Tally> by_key(2 * lines_.size());
  lines_.for_each([&](std::string_view l, std::uint64_t n) {
    const auto tab = l.find('\t');
    const std::string_view key = l.substr(0, tab);
    const std::string_view display = tab == std::string_view::npos ? l : l.substr(tab + 1);
    Tally& t = by_key[key];
    t.count += n;
    // The most common well-cased full form (entity_key.h), whatever the hash order.
    if (const LabelCandidate c = label_candidate(key, display, n);
        t.label.display.empty() || better_label(c, t.label))
      t.label = c;
  });
  // Ranked as views; only the `size` shown are copied into strings.
  struct Ranked {
    std::uint64_t count;
    std::string_view key, display;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(by_key.size());
  by_key.for_each([&](std::string_view key, const Tally& t) {
    ranked.push_back({t.count, key, t.label.display});
  });
  // Most frequent first; equal counts in key order, so output is stable.
  const auto before = [](const Ranked& a, const Ranked& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  };
  const std::size_t shown = std::min(size, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown),
                    ranked.end(), before);
  FacetResult r;
  r.field = field;
  r.values.reserve(shown);
  for (std::size_t i = 0; i < shown; ++i)
    r.values.push_back(
        {std::string(ranked[i].key), std::string(ranked[i].display), ranked[i].count});
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

FacetResult DayCountSpy::histogram(std::optional<Period> period) const {
  FacetResult r;
  r.field = "date";
  r.undated = undated_;
  if (days_.empty()) return r;
  const sys_days first = parse_day(days_.begin()->first), last = parse_day(days_.rbegin()->first);
  const Period p = period ? *period : period_to_fit(first, last);
  r.granularity = period_name(p);
  // Every period from first to last, so gaps show as empty bars; days_ is in day order.
  auto day = days_.begin();
  for (sys_days start = period_start(first, p); start <= last;) {
    const sys_days next = next_period(start, p);
    std::uint64_t n = 0;
    for (; day != days_.end() && parse_day(day->first) < next; ++day) n += day->second;
    const std::string label = period_label(start, p);
    r.values.push_back({label, label, n});
    start = next;
  }
  return r;
}

std::size_t ColumnCountSpy::add(std::shared_ptr<const FacetColumn> column, ValueTally* target) {
  std::vector<std::uint32_t> counts(column->texts.size());
  counted_.push_back({std::move(column), target, std::move(counts), 0});
  return counted_.size() - 1;
}

void ColumnCountSpy::operator()(const Xapian::Document& doc, double) {
  const Xapian::docid did = doc.get_docid();
  ++matches_;
  for (Counted& c : counted_) {
    const auto& starts = c.column->starts;
    // The column was read from the revision being matched, so every match is inside it.
    const std::uint32_t begin = starts[did], end = starts[did + 1];
    if (begin == end) ++c.without;
    for (std::uint32_t i = begin; i < end; ++i) ++c.counts[c.column->lines[i]];
  }
}

void ColumnCountSpy::replay() const {
  for (const Counted& c : counted_) {
    if (!c.target || c.ranked_here) continue;
    for (std::size_t line = 0; line < c.counts.size(); ++line)
      if (c.counts[line] != 0) c.target->add(c.column->texts[line], c.counts[line]);
    if (c.without != 0) c.target->add({}, c.without);
  }
}

void ColumnCountSpy::rank_here(const ValueTally& target) {
  for (Counted& c : counted_)
    if (c.target == &target) c.ranked_here = true;
}

FacetResult ColumnCountSpy::top(const ValueTally& target, const std::string& field,
                                std::size_t size) const {
  const auto it = std::find_if(counted_.begin(), counted_.end(),
                               [&](const Counted& c) { return c.target == &target; });
  const FacetColumn& col = *it->column;
  const auto display = [&](std::uint32_t line) {
    const std::string_view text = col.texts[line];
    const auto tab = text.find('\t');
    return tab == std::string_view::npos ? text : text.substr(tab + 1);
  };
  constexpr std::uint32_t kNone = 0xffffffffu;
  std::vector<std::uint64_t> count(col.keys.size());
  std::vector<std::uint32_t> best(col.keys.size(), kNone);
  std::vector<LabelCandidate> best_label(col.keys.size());
  for (std::uint32_t line = 0; line < it->counts.size(); ++line) {
    const std::uint32_t n = it->counts[line];
    if (n == 0) continue;
    const std::uint32_t key = col.key_of[line];
    count[key] += n;
    // The label, by KeyCountSpy::top's rule.
    if (const LabelCandidate c = label_candidate(col.keys[key], display(line), n);
        best[key] == kNone || better_label(c, best_label[key])) {
      best[key] = line;
      best_label[key] = c;
    }
  }
  std::vector<std::uint32_t> ranked;
  for (std::uint32_t key = 0; key < count.size(); ++key)
    if (count[key] != 0) ranked.push_back(key);
  const auto before = [&](std::uint32_t a, std::uint32_t b) {
    return count[a] != count[b] ? count[a] > count[b] : col.keys[a] < col.keys[b];
  };
  const std::size_t shown = std::min(size, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown),
                    ranked.end(), before);
  FacetResult r;
  r.field = field;
  for (std::size_t i = 0; i < shown; ++i)
    r.values.push_back(
        {col.keys[ranked[i]], std::string(display(best[ranked[i]])), count[ranked[i]]});
  return r;
}

std::string_view ColumnCountSpy::line_of(std::size_t i, Xapian::docid did) const {
  const FacetColumn& c = *counted_[i].column;
  if (std::size_t{did} + 1 >= c.starts.size() || c.starts[did] == c.starts[did + 1]) return {};
  return c.texts[c.lines[c.starts[did]]];
}

std::uint64_t ColumnCountSpy::count_of_line_at(std::size_t i, Xapian::docid did) const {
  const Counted& c = counted_[i];
  const auto& starts = c.column->starts;
  if (std::size_t{did} + 1 >= starts.size() || starts[did] == starts[did + 1]) return 0;
  return c.counts[c.column->lines[starts[did]]];
}

std::uint64_t ColumnCountSpy::distinct_or_none(std::size_t i) const {
  const Counted& c = counted_[i];
  return c.without + static_cast<std::uint64_t>(std::count_if(c.counts.begin(), c.counts.end(),
                                                              [](std::uint32_t n) { return n; }));
}

ColumnCounting::ColumnCounting(const std::vector<Xapian::Database>& shards, FacetColumnCache& cache)
    : shards_(shards), cache_(cache) {
  for (std::size_t i = 0; i < shards.size(); ++i)
    spies_.push_back(std::make_unique<ColumnCountSpy>());
}

void ColumnCounting::add(unsigned slot, bool key_list, ValueTally& target) {
  for (std::size_t i = 0; i < shards_.size(); ++i)
    spies_[i]->add(cache_.column(shards_[i], slot, key_list), &target);
}

void ColumnCounting::add_ranked(unsigned slot, bool key_list, ValueTally& target) {
  add(slot, key_list, target);
  if (spies_.size() == 1) spies_[0]->rank_here(target);
}

std::optional<FacetResult> ColumnCounting::top(const ValueTally& target, const std::string& field,
                                               std::size_t size) const {
  if (spies_.size() != 1) return std::nullopt;
  return spies_[0]->top(target, field, size);
}

void ColumnCounting::count_clusters(unsigned slot) {
  for (std::size_t i = 0; i < shards_.size(); ++i)
    clusters_ = spies_[i]->add(cache_.column(shards_[i], slot, false), nullptr);
}

void ColumnCounting::run(const Xapian::Query& query, const Xapian::MatchDecider* decider) {
  for (std::size_t i = 0; i < shards_.size(); ++i) {
    Xapian::Enquire counting(shards_[i]);
    // Unweighted, Xapian also drops what only ranks: relevance feedback's OP_AND_MAYBE terms.
    counting.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0));
    counting.set_weighting_scheme(Xapian::BoolWeight());
    counting.set_docid_order(Xapian::Enquire::DONT_CARE);
    counting.add_matchspy(spies_[i].get());
    counting.get_mset(0, 0, shards_[i].get_doccount(), nullptr, decider);
  }
  if (!clusters_ || spies_.size() == 1) return;
  // A cluster's copies may lie in several shards: clusters are told apart by their keys.
  for (const auto& spy : spies_)
    unclustered_ += spy->for_each_line(
        *clusters_, [&](std::string_view key, std::uint64_t n) { cluster_sizes_[key] += n; });
}

void ColumnCounting::replay() const {
  for (const auto& spy : spies_) spy->replay();
}

std::uint64_t ColumnCounting::matches() const {
  std::uint64_t n = 0;
  for (const auto& spy : spies_) n += spy->matches();
  return n;
}

std::uint64_t ColumnCounting::results() const {
  if (!clusters_) return matches();
  if (spies_.size() == 1) return spies_[0]->distinct_or_none(*clusters_);
  return cluster_sizes_.size() + unclustered_;
}

std::optional<std::uint64_t> ColumnCounting::similar(Xapian::docid did) const {
  if (!clusters_) return std::nullopt;
  // Xapian numbers the documents of n shards by interleaving: shard i's document d is
  // (d - 1) * n + i + 1 in the whole.
  const std::size_t n = shards_.size();
  if (n == 1) {
    const std::uint64_t size = spies_[0]->count_of_line_at(*clusters_, did);
    return size == 0 ? 0 : size - 1;
  }
  const auto key = spies_[(did - 1) % n]->line_of(*clusters_, (did - 1) / n + 1);
  const std::uint64_t* size = key.empty() ? nullptr : cluster_sizes_.find(key);
  return size ? *size - 1 : 0;
}

}  // namespace newsarchive::searcher
