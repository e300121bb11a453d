// The names an archive already knows: the keys of its person, org and place facets.
#pragma once

#include <cstddef>
#include <string>

#include "newsarchive/ner/known_names.h"

namespace newsarchive::indexer {

struct ArchiveNameOptions {
  // A name must be on at least this many articles, so that one article's misreading (a broken
  // piece of a name) does not spread to every other language.
  std::size_t min_articles = 3;
  // And of one type on this share of them: "Washington" the place and the person stay unknown.
  double min_type_share = 0.75;
};

// The names of the archive at `db_path` (a database or a sharded archive's directory), read from
// its facet values (one pass over the articles) with their article counts. An archive that does not
// exist yet, or cannot be opened (the index writer reports why), knows none.
ner::KnownNames read_archive_names(const std::string& db_path, const ArchiveNameOptions& options);

}  // namespace newsarchive::indexer
