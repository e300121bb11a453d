#include "newsarchive/indexer/shard_layout.h"

#include <xapian.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "newsarchive/common/schema.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kStubName = schema::kStubFileName;
constexpr const char* kMergePendingLine = "# newsarchive: merge pending";
// Compaction writes here first; a leftover from an interrupted merge is simply replaced.
constexpr const char* kMergingDir = ".merging";
// Xapian opens a directory as a glass database when this file is present, whatever else is in
// it (a stub included), so moving it in last is what switches readers to the merged database.
constexpr const char* kGlassMarker = "iamglass";

bool is_single_database(const fs::path& db) {
  for (const char* marker : {kGlassMarker, "iamchert"})
    if (fs::exists(db / marker)) return true;
  return false;
}

// Listed before anything is moved or removed: changing a directory while iterating over it
// may skip entries.
std::vector<fs::path> entries_of(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) out.push_back(entry.path());
  return out;
}

}  // namespace

// The stub goes last: it is what tells the next run that there is still something to remove.
void remove_merged_shards(const fs::path& db) {
  for (const auto& path : entries_of(db)) {
    const std::string name = path.filename().string();
    if (name.starts_with(schema::kShardDirectoryStem) || name == kMergingDir) fs::remove_all(path);
  }
  fs::remove(db / kStubName);
}

namespace {

ArchiveLayout parse_stub(const fs::path& db) {
  ArchiveLayout layout{ArchiveLayout::Kind::kSharded, 0, false};
  std::ifstream in(db / kStubName);
  std::string line;
  while (std::getline(in, line)) {
    if (line == kMergePendingLine) layout.merge_pending = true;
    if (line.empty() || line.front() == '#') continue;
    if (line != "auto " + shard_path("", layout.shards).string())
      throw IndexError("'" + (db / kStubName).string() + "' lists '" + line +
                       "', which news-index did not write: it writes only to archives of its own "
                       "layout (" +
                       schema::shard_directory_name(0) + ", " + schema::shard_directory_name(1) +
                       ", ...); open this one with news-search only");
    ++layout.shards;
  }
  if (layout.shards == 0) throw IndexError("'" + (db / kStubName).string() + "' lists no shards");
  return layout;
}

}  // namespace

fs::path shard_path(const fs::path& db, std::size_t index) {
  return db / schema::shard_directory_name(index);
}

std::size_t shard_for(std::string_view article_id, std::size_t count) {
  return count <= 1 ? 0 : static_cast<std::size_t>(text::fnv1a64(article_id) % count);
}

ArchiveLayout read_layout(const fs::path& db) {
  if (!fs::exists(db)) return {};
  if (!fs::is_directory(db)) return {ArchiveLayout::Kind::kSingle, 1, false};  // a stub file
  if (is_single_database(db)) {
    // A merge put its database in place and was stopped before it removed the shards.
    if (fs::exists(db / kStubName)) remove_merged_shards(db);
    return {ArchiveLayout::Kind::kSingle, 1, false};
  }
  if (fs::exists(db / kStubName)) return parse_stub(db);
  return {};  // an empty directory, say
}

void write_stub(const fs::path& db, std::size_t count, bool merge_pending) {
  fs::create_directories(db);
  const fs::path temporary = db / (std::string(kStubName) + ".new");
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << "# newsarchive: " << count
        << " shards; news-index puts each article in the shard its id hashes to\n";
    if (merge_pending) out << kMergePendingLine << "\n";
    for (std::size_t i = 0; i < count; ++i) out << "auto " << shard_path("", i).string() << "\n";
    if (!out.flush()) throw IndexError("cannot write '" + temporary.string() + "'");
  }
  fs::rename(temporary, db / kStubName);
}

void merge_shards(const fs::path& db, std::size_t count) {
  const fs::path merging = db / kMergingDir;
  fs::remove_all(merging);
  Xapian::Database sources;
  for (std::size_t i = 0; i < count; ++i)
    sources.add_database(Xapian::Database(shard_path(db, i).string()));
  sources.compact(merging.string());
  // Every table first, the marker last: until it arrives, readers still open the stub.
  for (const auto& path : entries_of(merging))
    if (path.filename() != kGlassMarker) fs::rename(path, db / path.filename());
  fs::rename(merging / kGlassMarker, db / kGlassMarker);
  fs::remove(merging);
}

}  // namespace newsarchive::indexer
