// How an archive lies on disk. Either one Xapian database, or a directory of shard databases
// ("shard-00", "shard-01", ...) plus a Xapian stub file ("XAPIANDB") listing them, so that
// Xapian::Database(dir), and with it the searcher, opens them as one archive. Each article lives
// in the shard its id hashes to, so a re-run replaces and deletes in the right place.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace newsarchive::indexer {

struct ArchiveLayout {
  enum class Kind { kAbsent, kSingle, kSharded };
  Kind kind = Kind::kAbsent;
  std::size_t shards = 0;      // kSharded: how many the stub lists
  bool merge_pending = false;  // kSharded: a parallel build that is to become one database
};

// Reads the layout of `db`. Finishes the clean-up of a merge that was interrupted after the
// merged database was in place. Throws IndexError for a stub news-index did not write.
ArchiveLayout read_layout(const std::filesystem::path& db);

// "db/shard-07".
std::filesystem::path shard_path(const std::filesystem::path& db, std::size_t index);

// Writes the stub listing `count` shards, atomically (a reader sees the old or the new one).
void write_stub(const std::filesystem::path& db, std::size_t count, bool merge_pending);

// The shard an article belongs to: a hash of its id that does not change between runs,
// machines or compilers.
std::size_t shard_for(std::string_view article_id, std::size_t count);

// Compacts the `count` shards of `db` into one database and puts it in their place. Readers see
// the sharded archive until the single database is complete, then the single one; a kill at
// any point leaves a readable archive that the next run merges again (or cleans up).
void merge_shards(const std::filesystem::path& db, std::size_t count);
// Removes the shards and stub that merge_shards() left behind (once their writers are closed).
void remove_merged_shards(const std::filesystem::path& db);

}  // namespace newsarchive::indexer
