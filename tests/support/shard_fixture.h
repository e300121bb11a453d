// The same articles (sample_data/ plus generated ones) indexed twice: into one database, and
// split over three shard databases named by a stub file, as `news-index --shards` lays them out.
#pragma once

#include <string>

#include "generated_articles.h"
#include "temp_dir.h"
#include "test_index.h"

namespace newsarchive::testing {

struct ShardedArchive {
  TempDir dir;
  std::string single = dir / "single";
  std::string shards = dir / "shards";  // holds shard-00..02 and the stub XAPIANDB
  std::string stub = dir / "shards/XAPIANDB";

  ShardedArchive() {
    const std::string sample = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data";
    const auto a = dir.write("in/a.jsonl", generated_articles_jsonl(0, 250));
    const auto b = dir.write("in/b.jsonl", generated_articles_jsonl(250, 250));
    const auto c = dir.write("in/c.jsonl", generated_articles_jsonl(500, 250));
    index_files(single, {sample, a, b, c});
    index_files(shard(0), {sample, a});
    index_files(shard(1), {b});
    index_files(shard(2), {c});
    dir.write("shards/XAPIANDB",
              "# three local shards\nauto shard-00\nauto shard-01\n\nauto shard-02\n");
  }
  std::string shard(int n) const { return shards + "/shard-0" + std::to_string(n); }
};

}  // namespace newsarchive::testing
