#include "newsarchive/indexer/enrichers/archive_names.h"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::indexer {
namespace {

constexpr std::array<std::pair<schema::Field, EntityType>, 3> kNameFields = {{
    {schema::Field::kPerson, EntityType::kPerson},
    {schema::Field::kOrganisation, EntityType::kOrganisation},
    {schema::Field::kPlace, EntityType::kPlace},
}};

// Articles per key and type, in kNameFields order. A std::map, so the names come out in one
// order whatever the database's.
using Counts = std::map<std::string, std::array<std::size_t, kNameFields.size()>>;

// Where wire stories were filed ("HAMBURG (Reuters) -") are places too, and many cities are
// named mostly there: a place is on at least as many articles as either count says.
void add_datelines(const Xapian::Database& db, Counts& counts) {
  constexpr std::size_t kPlaceColumn = 2;
  static_assert(kNameFields[kPlaceColumn].second == EntityType::kPlace);
  const std::string prefix(schema::prefix(schema::Field::kDateline));
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    std::string key = (*t).substr(prefix.size());
    if (!key.empty() && key.front() == ':') key.erase(0, 1);  // boolean_term's separator
    auto& places = counts[key][kPlaceColumn];
    places = std::max<std::size_t>(places, t.get_termfreq());
  }
}

// From the facet values, not the filter terms: a person's filter terms include each word of
// the name ("de", "von" from "Ursula von der Leyen"), which are no names of their own.
Counts count_names(const Xapian::Database& db) {
  Counts counts;
  for (std::size_t f = 0; f < kNameFields.size(); ++f) {
    const unsigned slot = schema::slot(kNameFields[f].first);
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v)
      for (const auto& entry : stored::decode_facets(*v)) ++counts[entry.key][f];
  }
  add_datelines(db, counts);
  return counts;
}

// The type most of a key's articles give it, if it holds enough of them.
std::optional<ner::KnownName> known_name(const std::string& key,
                                         const std::array<std::size_t, kNameFields.size()>& n,
                                         const ArchiveNameOptions& options) {
  std::size_t best = 0;
  std::size_t total = 0;
  for (std::size_t f = 0; f < n.size(); ++f) {
    total += n[f];
    if (n[f] > n[best]) best = f;
  }
  if (n[best] < options.min_articles || double(n[best]) < options.min_type_share * double(total))
    return std::nullopt;
  return ner::KnownName{key, kNameFields[best].second, n[best]};
}

}  // namespace

ner::KnownNames read_archive_names(const std::string& db_path, const ArchiveNameOptions& options) {
  ner::KnownNames names;
  std::error_code ec;
  if (db_path.empty() || !std::filesystem::exists(db_path, ec)) return names;
  try {
    const Xapian::Database db(db_path);
    for (const auto& [key, n] : count_names(db))
      if (auto name = known_name(key, n, options)) names.add(std::move(*name));
  } catch (const Xapian::Error&) {
    // Not a database yet, or one the writer will refuse and say why: no names known.
  }
  return names;
}

}  // namespace newsarchive::indexer
