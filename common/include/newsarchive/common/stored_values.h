// Encoding and decoding of the value slots and the document data named in schema.h, so that the
// indexer writes exactly what the searcher reads.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/common/article.h"

namespace newsarchive::stored {

// Date slot: sortable_serialise(seconds since the epoch), so ranges work before 1970 too.
std::string encode_time(Timestamp t);
std::optional<Timestamp> decode_time(std::string_view value);
// Day slot and D/M/Y terms: "YYYYMMDD".
std::string day_key(std::chrono::sys_days d);

// Indexing-sequence slot: sortable_serialise of the number (exact up to 2^53: microseconds
// until the year 2255). Alerts find what was written after a sequence with a range on it.
std::string encode_sequence(std::uint64_t sequence);
std::uint64_t decode_sequence(std::string_view value);  // 0 for an empty value
// The next batch's sequence: the clock in microseconds, or one more than `last` when the clock
// is behind it (so sequences only grow within a database).
std::uint64_t next_sequence(std::uint64_t last);

// Collapse slot: text::fnv1a64 of the cluster key as 8 big-endian bytes, so that the value search
// reads for every match is short (two keys meeting by chance: about 1 in 2^64 per pair).
std::string encode_hash64(std::string_view key);

// Multi-valued facet slots: one "key\tdisplay" entry per line.
struct FacetEntry {
  std::string key, display;
};
std::string encode_facets(const std::vector<FacetEntry>& entries);
std::vector<FacetEntry> decode_facets(std::string_view value);

// The document data: what a hit displays without going back to the source file.
struct StoredArticle {
  std::string id, title, body, url, source, language, origin;
  std::vector<std::string> authors;
  std::optional<Timestamp> published;
  bool published_has_time = true;
};
std::string encode_data(const Article& a);
StoredArticle decode_data(std::string_view data);

// Refuses (with a message that says what to do) a database written with another schema version;
// stamps the current version on a new, empty database.
void check_schema(const Xapian::Database& db, const std::string& path);
void stamp_schema(Xapian::WritableDatabase& db);

// Thrown by check_schema.
class SchemaMismatch : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace newsarchive::stored
