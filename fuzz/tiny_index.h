// The archive the query harnesses search: sample_data/ indexed once per process, as news-index
// would index it (dates mentioned, entities, near-duplicates), into a temporary directory.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "newsarchive/indexer/enrichers/duplicate_enricher.h"
#include "newsarchive/indexer/enrichers/entity_enricher.h"
#include "newsarchive/indexer/enrichers/mentioned_dates_enricher.h"
#include "newsarchive/indexer/indexer.h"

namespace newsarchive::fuzz {

inline std::string build_tiny_index() {
  std::string dir = "/tmp/newsarchive-fuzz-index-XXXXXX";
  if (!mkdtemp(dir.data())) std::abort();
  // Left behind by a process that libFuzzer ends with _exit: remove it on the way out when we can.
  static const std::string removed_at_exit = dir;
  std::atexit([] { std::filesystem::remove_all(removed_at_exit); });
  indexer::IndexOptions options;
  options.db_path = dir + "/index";
  options.jobs = 1;
  indexer::Indexer pipeline(options, [](const std::string&) {});
  pipeline.add_enricher(std::make_unique<indexer::MentionedDatesEnricher>());
  pipeline.add_enricher(
      std::make_unique<indexer::EntityEnricher>(indexer::default_ner_model_path()));
  indexer::dedup::DuplicateOptions duplicates;
  duplicates.db_path = options.db_path;
  pipeline.add_enricher(std::make_unique<indexer::DuplicateEnricher>(duplicates));
  pipeline.index({std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data"});
  if (pipeline.finish().document_count == 0) std::abort();
  return options.db_path;
}

// The path of the archive, built on first use.
inline const std::string& tiny_index() {
  static const std::string path = build_tiny_index();
  return path;
}

}  // namespace newsarchive::fuzz
