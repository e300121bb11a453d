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

// Counts the keys of a multi-valued facet slot ("key\tdisplay" lines) or of a plain slot.
class KeyCountSpy final : public Xapian::MatchSpy {
 public:
  KeyCountSpy(unsigned slot, bool key_list) : slot_(slot), key_list_(key_list) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  // The `size` most frequent keys, each labelled with its most common display form.
  FacetResult top(const std::string& field, std::size_t size) const;

 private:
  // Counting runs once per entity per match, so it does one look-up in a flat table and no
  // allocation for a (key, written form) pair already seen: the whole "key\tdisplay" line is
  // what is counted. Lines are split into keys and displays once, in top().
  void count(std::string_view line) { ++lines_[line]; }

  unsigned slot_;
  bool key_list_;
  StringTable<std::uint64_t> lines_;
};

// Counts publication days ("YYYYMMDD" slot) and undated matches, for the date histogram.
class DayCountSpy final : public Xapian::MatchSpy {
 public:
  explicit DayCountSpy(unsigned slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  // Buckets by day, month or year: the finest that keeps the chart within about 60 bars.
  FacetResult histogram() const;

 private:
  unsigned slot_;
  std::map<std::string, std::uint64_t> days_;
  std::uint64_t undated_ = 0;
};

}  // namespace newsarchive::searcher
