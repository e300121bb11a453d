// Facet values of every document, column by column: what lets facets count at the speed of
// search. Reading a match's value slot costs a document look-up per match (140x a plain search
// on 105,359 articles); a column read once from Xapian's value stream (in docid order, no
// Document built) and kept in memory makes counting an array walk per match.
//
// Columns are built lazily, on the first facet search of a field, and cached keyed by the
// state of the archive they describe: each shard's UUID and Xapian revision. A commit, a
// replaced or deleted article, a merge or a compaction changes that key, so the next search
// builds afresh from the database it sees; nothing is stored beside Xapian's tables, so there
// is nothing to version on disk, to repair after kill -9 or to merge with the shards.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::searcher {

// One value slot of every document: the lines of each document's value ("key\tdisplay" lines of
// an entity list, a day "YYYYMMDD", a source name), each interned as a small ordinal.
struct FacetColumn {
  // Document `did` holds lines[starts[did] .. starts[did + 1]); docids past the end hold none.
  std::vector<std::uint32_t> starts;
  std::vector<std::uint32_t> lines;
  // Ordinal -> the line's text, exactly as stored.
  std::vector<std::string> texts;
  // Line ordinal -> its key's ordinal (the text before a tab; a line without one is its own
  // key), and key ordinal -> the key: for ranking keys in arrays (ColumnCountSpy::top). Keys
  // are numbered in byte order, and a key's lines are consecutive, key_starts[k] ..
  // key_starts[k + 1]. Line ordinal -> its label
  // quality (label_candidate's, which folds the name): worked out once here, so that a search
  // labels only the keys it shows, without folding a name per counted line.
  std::vector<std::uint32_t> key_of;
  std::vector<std::string> keys;
  std::vector<std::uint32_t> key_starts;
  std::vector<std::uint8_t> label_quality;
  // The display form of a line: the text after its tab, or the whole line.
  std::string_view display(std::uint32_t line) const;
  std::size_t bytes() const;
};

// Thread-safe cache of columns, one per shard and value slot, for the latest revision searched.
class FacetColumnCache {
 public:
  // The column of `slot` as `shard` stands now, built if the cached one describes another
  // revision. The caller has checked that archive_state() of the shards is not empty.
  // `key_list`: the value is "\n"-separated lines, else one line.
  std::shared_ptr<const FacetColumn> column(const Xapian::Database& shard, unsigned slot,
                                            bool key_list);

 private:
  struct Entry {
    Xapian::rev revision = 0;
    std::shared_ptr<const FacetColumn> column;
  };
  std::mutex mutex_;
  std::map<std::pair<std::string, unsigned>, Entry> entries_;  // by shard UUID and slot
};

// Reads one slot of every document of a shard from its value stream, by the shard's docids.
FacetColumn build_facet_column(const Xapian::Database& shard, unsigned slot, bool key_list);

// "uuid:revision" of each shard, or empty when some shard has no revision to tell.
std::string archive_state(const std::vector<Xapian::Database>& shards);

}  // namespace newsarchive::searcher
