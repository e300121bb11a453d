// Builds a small index from articles written inline, through the real indexing pipeline.
#pragma once

#include <string>
#include <vector>

#include "newsarchive/indexer/indexer.h"
#include "temp_dir.h"

namespace newsarchive::testing {

inline indexer::IndexSummary index_files(const std::string& db,
                                         const std::vector<std::string>& inputs,
                                         bool search_time_stemming = false) {
  indexer::IndexOptions o;
  o.db_path = db;
  o.search_time_stemming = search_time_stemming;
  indexer::Indexer ix(o, [](const std::string&) {});
  ix.index(inputs);
  return ix.finish();
}

// Plain-text articles with headers: {file name, text}.
inline void index_articles(const TempDir& dir, const std::string& db,
                           const std::vector<std::pair<std::string, std::string>>& articles,
                           bool search_time_stemming = false) {
  std::vector<std::string> paths;
  for (const auto& [name, text] : articles) paths.push_back(dir.write("src/" + name, text));
  index_files(db, paths, search_time_stemming);
}

}  // namespace newsarchive::testing
