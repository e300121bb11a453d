// Match spies that count facet values over every matching document while Xapian matches.
// One spy per search: they hold counts and are not shared between threads.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date_periods.h"
#include "deadline.h"
#include "facet_columns.h"
#include "newsarchive/searcher.h"
#include "string_table.h"

namespace newsarchive::searcher {

class DocBitmap;  // match_bitmap.h

// A spy's counting, apart from where the values come from: a local match calls the spy on each
// document; over remote shards the values arrive already counted (ServerCountedValues).
class ValueTally {
 public:
  virtual ~ValueTally() = default;
  // `times` matches carry this value of the slot (empty: the slot is unset).
  virtual void add(std::string_view value, std::uint64_t times) = 0;
  virtual unsigned slot() const = 0;
};

// Counts the keys of a multi-valued facet slot ("key\tdisplay" lines) or of a plain slot.
class KeyCountSpy final : public Xapian::MatchSpy, public ValueTally {
 public:
  KeyCountSpy(unsigned slot, bool key_list) : slot_(slot), key_list_(key_list) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  void add(std::string_view value, std::uint64_t times) override;
  unsigned slot() const override { return slot_; }
  // The `size` most frequent keys, each labelled with its most common display form.
  FacetResult top(const std::string& field, std::size_t size) const;

 private:
  // Counting runs once per entity per match, so it does one look-up in a flat table and no
  // allocation for a (key, written form) pair already seen: the whole "key\tdisplay" line is
  // what is counted. Lines are split into keys and displays once, in top().
  void count(std::string_view line, std::uint64_t times) { lines_[line] += times; }

  unsigned slot_;
  bool key_list_;
  StringTable<std::uint64_t> lines_;
};

// Counts publication days ("YYYYMMDD" slot) and undated matches, for the date histogram.
class DayCountSpy final : public Xapian::MatchSpy, public ValueTally {
 public:
  explicit DayCountSpy(unsigned slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  void add(std::string_view value, std::uint64_t times) override;
  unsigned slot() const override { return slot_; }
  // Buckets by `period`, or without one by day, month or year: the finest that keeps the chart
  // within about 60 bars.
  FacetResult histogram(std::optional<Period> period = std::nullopt) const;

 private:
  unsigned slot_;
  // (YYYYMMDD, matches) as counted, in no set order; a day may come more than once.
  std::vector<std::pair<std::uint32_t, std::uint64_t>> days_;
  std::size_t merged_size_ = 0;
  std::uint64_t undated_ = 0;
};

// Xapian's own server (xapian-tcpsrv) runs only the match spies it knows, and our spies are not
// among them. Over remote shards each slot is counted by Xapian's ValueCountMatchSpy instead
// (per distinct value, merged across shards by Xapian), then replayed into our spy: the same
// counts, at the cost of sending every distinct value (for entity lists, nearly one per match).
class ServerCountedValues {
 public:
  explicit ServerCountedValues(ValueTally& target) : target_(target), counter_(target.slot()) {}
  Xapian::MatchSpy* spy() { return &counter_; }
  // After the match: feeds the counts to the target, unset slots included.
  void replay() const;

 private:
  ValueTally& target_;
  Xapian::ValueCountMatchSpy counter_;
};

// Counts facet lines of one shard from in-memory columns (facet_columns.h): per match, only
// its docid is read (no Document value fetch) and array counters go up. After the match the
// counts are replayed into the spies above, which rank and label them as they always have.
class ColumnCountSpy final : public Xapian::MatchSpy {
 public:
  // Counts `column`'s lines, for `target` (whose slot the column was read from) or, when null,
  // for lines_at(); returns the column's index among those counted.
  std::size_t add(std::shared_ptr<const FacetColumn> column, ValueTally* target);
  // Notes the match's docid; count() counts them all once the match is over.
  void operator()(const Xapian::Document& doc, double weight) override;
  // Notes every document of `matches` (match_bitmap.h), as the match would have.
  void add_matches(const DocBitmap& matches);
  void count();
  // After count(): feeds each counted line to its target, and matches without any to the
  // target as an unset value (the date histogram's undated).
  void replay() const;

  // The `size` most frequent keys counted for `target`, labelled as KeyCountSpy::top labels
  // them, ranked in arrays by ordinal (a shard's counts alone: across shards, replay instead).
  FacetResult top(const ValueTally& target, const std::string& field, std::size_t size) const;
  // replay() leaves out the targets that top() ranks.
  void rank_here(const ValueTally& target);

  std::uint64_t matches() const { return matches_; }
  // Of column `i`: calls f(text, count) for each line the matches hold; returns the number of
  // matches that hold none.
  template <typename F>
  std::uint64_t for_each_line(std::size_t i, F&& f) const {
    const Counted& c = counted_[i];
    for (std::size_t line = 0; line < c.counts.size(); ++line)
      if (c.counts[line] != 0) f(std::string_view(c.column->texts[line]), c.counts[line]);
    return c.without;
  }
  // Of column `i`: the text of document `did`'s first line, or empty.
  std::string_view line_of(std::size_t i, Xapian::docid did) const;
  // Of column `i`: how many matches hold document `did`'s first line (0: it holds none).
  std::uint64_t count_of_line_at(std::size_t i, Xapian::docid did) const;
  // Of column `i`: the distinct lines the matches hold, and the matches that hold none.
  std::uint64_t distinct_or_none(std::size_t i) const;

 private:
  struct Counted {
    std::shared_ptr<const FacetColumn> column;
    ValueTally* target;
    std::vector<std::uint32_t> counts;  // per line ordinal
    std::uint64_t without = 0;          // matches that hold no line
    bool ranked_here = false;
  };
  // The label of `key` among the lines the matches hold: the most common well-cased full form.
  static std::string_view best_label(const Counted& c, std::uint32_t key);
  void count_column(Counted& c) const;

  std::vector<Counted> counted_;
  std::vector<Xapian::docid> matched_;  // of the match running, until count()
  std::uint64_t matches_ = 0;
};

// Counting from columns over local shards, with a match per shard run for counting alone:
// unranked, uncollapsed, unsorted. One match per shard because over several databases
// Xapian 1.4 tells a match spy the docid inside the shard, not which shard it is.
class ColumnCounting {
 public:
  ColumnCounting(const std::vector<Xapian::Database>& shards, FacetColumnCache& cache);
  // Counts `slot` for `target`.
  void add(unsigned slot, bool key_list, ValueTally& target);
  // Like add(), for a key list ranked in arrays by top() when there is one shard.
  void add_ranked(unsigned slot, bool key_list, ValueTally& target);
  // Also counts near-duplicate clusters by their collapse keys (in `slot`).
  void count_clusters(unsigned slot);
  // Finds each shard's matches from its postlists (match_bitmap.h), or with Xapian's match for
  // a query that needs it (or with `use_bitmaps` false); `deadline` ends either past its time.
  void run(const Xapian::Query& query, const Deadline& deadline, bool use_bitmaps = true);

  // After run(): the spies' counts, and the totals.
  void replay() const;
  // The `size` most frequent keys counted for `target`, or nothing when replay() gave them to
  // it (several shards: their lines merge by text there).
  std::optional<FacetResult> top(const ValueTally& target, const std::string& field,
                                 std::size_t size) const;
  std::uint64_t matches() const;
  // Each cluster one result, each match without a collapse key one (matches() without clusters).
  std::uint64_t results() const;
  // How many other matches share the cluster of document `did` (of the shards' combined
  // database), or nothing when clusters are not counted.
  std::optional<std::uint64_t> similar(Xapian::docid did) const;

 private:
  const std::vector<Xapian::Database>& shards_;
  FacetColumnCache& cache_;
  std::vector<std::unique_ptr<ColumnCountSpy>> spies_;  // one per shard
  std::optional<std::size_t> clusters_;                 // the collapse-key column's index
  // After run(), when counting clusters over several shards (one shard counts in its arrays).
  StringTable<std::uint64_t> cluster_sizes_;
  std::uint64_t unclustered_ = 0;
};

}  // namespace newsarchive::searcher
