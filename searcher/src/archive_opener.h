// Opens an archive: one Xapian database, or the shards a stub file names (local and remote), as
// one Xapian::Database whose searches rank, count and facet exactly as one database would.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

struct OpenedArchive {
  Xapian::Database db;
  // One "shard N (where): reason" for each shard left out under allow_partial.
  std::vector<std::string> missing;
  // Some shard is served remotely: only what Xapian's own server knows can run there.
  bool has_remote = false;
  // Each opened shard as its own handle (sharing db's state, so reopening db reopens these),
  // for what only a single database tells: its UUID and revision (facet_columns.h).
  std::vector<Xapian::Database> shards;
};

// Throws DatabaseError naming the shard that cannot be opened (unless options.allow_partial and
// another shard opened), or SchemaError for a shard written by another schema version.
OpenedArchive open_archive(const std::string& path, const SearcherOptions& options);

}  // namespace newsarchive::searcher
