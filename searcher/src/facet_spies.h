// Match spies that count facet values over every matching document while Xapian matches.
// One spy per search: they hold counts and are not shared between threads.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/searcher.h"
#include "string_table.h"

namespace newsarchive::searcher {

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
  // Buckets by day, month or year: the finest that keeps the chart within about 60 bars.
  FacetResult histogram() const;

 private:
  unsigned slot_;
  std::map<std::string, std::uint64_t> days_;
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

}  // namespace newsarchive::searcher
