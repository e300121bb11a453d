#include "facet_spies.h"

#include <algorithm>
#include <chrono>

#include "match_bitmap.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::searcher {
namespace {

using namespace std::chrono;

constexpr std::size_t kMaxBars = 60;

// "YYYYMMDD" as the number YYYYMMDD (which sorts as the days do), or 0 when it is not one.
std::uint32_t day_number(std::string_view day) {
  if (day.size() != 8) return 0;
  std::uint32_t n = 0;
  for (const char c : day) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return n;
}

sys_days to_day(std::uint32_t yyyymmdd) {
  return sys_days{year{static_cast<int>(yyyymmdd / 10000)} / month{yyyymmdd / 100 % 100} /
                  day{yyyymmdd % 100}};
}

// Sorts `days` by day and adds up the counts of each day into one entry.
void merge_days(std::vector<std::pair<std::uint32_t, std::uint64_t>>& days) {
  if (!std::is_sorted(days.begin(), days.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; }))
    std::sort(days.begin(), days.end());
  std::size_t out = 0;
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (out != 0 && days[out - 1].first == days[i].first)
      days[out - 1].second += days[i].second;
    else
      days[out++] = days[i];
  }
  days.resize(out);
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

namespace {

// A line's key and display ("key\tdisplay", or a line that is both).
std::pair<std::string_view, std::string_view> split_line(std::string_view line) {
  const auto tab = line.find('\t');
  if (tab == std::string_view::npos) return {line, line};
  return {line.substr(0, tab), line.substr(tab + 1)};
}

}  // namespace

FacetResult KeyCountSpy::top(const std::string& field, std::size_t size) const {
  // Counts by key first; only the keys shown are labelled (labelling folds each written form).
  StringTable<std::uint64_t> by_key(2 * lines_.size());
  lines_.for_each([&](std::string_view l, std::uint64_t n) { by_key[split_line(l).first] += n; });
  struct Ranked {
    std::uint64_t count;
    std::string_view key;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(by_key.size());
  by_key.for_each([&](std::string_view key, std::uint64_t n) { ranked.push_back({n, key}); });
  // Most frequent first; equal counts in key order, so output is stable.
  const auto before = [](const Ranked& a, const Ranked& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  };
  const std::size_t shown = std::min(size, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown),
                    ranked.end(), before);
  // The most common well-cased full form of each key shown (entity_key.h), whatever the hash
  // order.
  StringTable<std::size_t> shown_at(2 * shown + 2);
  for (std::size_t i = 0; i < shown; ++i) shown_at[ranked[i].key] = i + 1;
  std::vector<LabelCandidate> labels(shown);
  lines_.for_each([&](std::string_view l, std::uint64_t n) {
    const auto [key, display] = split_line(l);
    const std::size_t* at = shown_at.find(key);
    if (!at) return;
    LabelCandidate& best = labels[*at - 1];
    if (const LabelCandidate c = label_candidate(key, display, n);
        best.count == 0 || better_label(c, best))
      best = c;
  });
  FacetResult r;
  r.field = field;
  r.values.reserve(shown);
  for (std::size_t i = 0; i < shown; ++i)
    r.values.push_back(
        {std::string(ranked[i].key), std::string(labels[i].display), ranked[i].count});
  return r;
}

void DayCountSpy::operator()(const Xapian::Document& doc, double) {
  add(doc.get_value(slot_), 1);
}

void DayCountSpy::add(std::string_view day, std::uint64_t times) {
  const std::uint32_t n = day_number(day);
  if (n == 0) {
    undated_ += times;
  } else if (!days_.empty() && days_.back().first == n) {
    days_.back().second += times;  // the match before was published the same day: common
  } else {
    days_.emplace_back(n, times);
    // Counting match by match, a day comes many times: merging now and then keeps the list
    // about as long as the distinct days.
    if (days_.size() >= 2 * merged_size_ + 4096) {
      merge_days(days_);
      merged_size_ = days_.size();
    }
  }
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
  auto days = days_;
  merge_days(days);
  const sys_days first = to_day(days.front().first), last = to_day(days.back().first);
  const Period p = period ? *period : period_to_fit(first, last);
  r.granularity = period_name(p);
  // Every period from first to last, so gaps show as empty bars; days is in day order.
  auto day = days.begin();
  for (sys_days start = period_start(first, p); start <= last;) {
    const sys_days next = next_period(start, p);
    std::uint64_t n = 0;
    for (; day != days.end() && to_day(day->first) < next; ++day) n += day->second;
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
  matched_.push_back(doc.get_docid());
}

void ColumnCountSpy::add_matches(const DocBitmap& matches) {
  matches.for_each([&](Xapian::docid did) { matched_.push_back(did); });
}

void ColumnCountSpy::count() {
  matches_ += matched_.size();
  for (Counted& c : counted_) count_column(c);
  matched_.clear();
}

void ColumnCountSpy::count_column(Counted& c) const {
  // One column at a time over the matches (in docid order: one shard's match visits them so):
  // its offsets are read in order and the loop holds nothing else.
  const std::uint32_t* starts = c.column->starts.data();
  const std::uint32_t* lines = c.column->lines.data();
  std::uint32_t* counts = c.counts.data();
  std::uint64_t without = 0;
  // The column was read from the revision being matched, so every match is inside it.
  for (const Xapian::docid did : matched_) {
    const std::uint32_t begin = starts[did], end = starts[did + 1];
    without += begin == end;
    for (std::uint32_t i = begin; i < end; ++i) ++counts[lines[i]];
  }
  c.without += without;
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
  // Each key's count is the sum of its lines' run of counts, read in order. The `size` best are
  // kept in a heap whose top is the worst of them.
  struct Ranked {
    std::uint64_t count;
    std::uint32_t key;
  };
  // Keys are numbered in byte order (facet_columns.h): equal counts in key order by ordinal.
  const auto before = [](const Ranked& a, const Ranked& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  };
  std::vector<Ranked> best;
  best.reserve(size + 1);
  const std::uint32_t* counts = it->counts.data();
  for (std::uint32_t key = 0; key + 1 < col.key_starts.size() && size != 0; ++key) {
    std::uint64_t n = 0;
    for (std::uint32_t line = col.key_starts[key]; line < col.key_starts[key + 1]; ++line)
      n += counts[line];
    if (n == 0 || (best.size() == size && n < best.front().count)) continue;
    const Ranked r{n, key};
    if (best.size() == size) {
      if (!before(r, best.front())) continue;
      std::pop_heap(best.begin(), best.end(), before);
      best.pop_back();
    }
    best.push_back(r);
    std::push_heap(best.begin(), best.end(), before);
  }
  std::sort_heap(best.begin(), best.end(), before);
  FacetResult r;
  r.field = field;
  r.values.reserve(best.size());
  for (const Ranked& k : best)
    r.values.push_back({col.keys[k.key], std::string(best_label(*it, k.key)), k.count});
  return r;
}

std::string_view ColumnCountSpy::best_label(const Counted& c, std::uint32_t key) {
  // KeyCountSpy::top's rule (better_label), over the key's lines the matches hold.
  const FacetColumn& col = *c.column;
  LabelCandidate best;
  bool found = false;
  for (std::uint32_t line = col.key_starts[key]; line < col.key_starts[key + 1]; ++line) {
    if (c.counts[line] == 0) continue;
    const LabelCandidate candidate{col.display(line), c.counts[line], col.label_quality[line]};
    if (!found || better_label(candidate, best)) best = candidate;
    found = true;
  }
  return best.display;
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

void ColumnCounting::run(const Xapian::Query& query, const Deadline& deadline, bool use_bitmaps) {
  for (std::size_t i = 0; i < shards_.size(); ++i) {
    if (auto matches = use_bitmaps ? match_bitmap(shards_[i], query, deadline) : std::nullopt) {
      spies_[i]->add_matches(*matches);
    } else {
      Xapian::Enquire counting(shards_[i]);
      // Unweighted, Xapian also drops what only ranks: relevance feedback's OP_AND_MAYBE terms.
      counting.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0));
      counting.set_weighting_scheme(Xapian::BoolWeight());
      counting.set_docid_order(Xapian::Enquire::DONT_CARE);
      counting.add_matchspy(spies_[i].get());
      const DeadlineDecider decider(deadline);
      counting.get_mset(0, 0, shards_[i].get_doccount(), nullptr,
                        deadline.active() ? &decider : nullptr);
    }
    spies_[i]->count();
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
