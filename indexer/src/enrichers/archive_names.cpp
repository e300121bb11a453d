#include "newsarchive/indexer/enrichers/archive_names.h"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::indexer {
namespace {

constexpr std::array<std::pair<schema::Field, EntityType>, 3> kNameFields = {{
    {schema::Field::kPerson, EntityType::kPerson},
    {schema::Field::kOrganisation, EntityType::kOrganisation},
    {schema::Field::kPlace, EntityType::kPlace},
}};

// Articles per publication year, in order of year; years are few per name.
using YearCounts = std::vector<std::pair<int, std::size_t>>;

void count_year(YearCounts& years, int year) {
  auto it = std::lower_bound(years.begin(), years.end(), std::pair<int, std::size_t>{year, 0});
  if (it == years.end() || it->first != year) it = years.insert(it, {year, 0});
  ++it->second;
}

// A key's articles by type, in kNameFields order, and by year (dated articles only).
struct NameCounts {
  std::array<std::size_t, kNameFields.size()> by_type{};
  YearCounts years;
};
// A std::map, so the names come out in one order whatever the database's.
using Counts = std::map<std::string, NameCounts>;

// The publication year of every article (0 when undated), by document id: one pass over the
// date slot.
std::vector<std::int16_t> publication_years(const Xapian::Database& db) {
  std::vector<std::int16_t> years(std::size_t{db.get_lastdocid()} + 1, 0);
  const unsigned slot = schema::slot(schema::Field::kDate);
  for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
    if (const auto t = stored::decode_time(*v)) {
      const int year = calendar_year(*t);
      if (year > 0 && year <= 9999) years[v.get_docid()] = static_cast<std::int16_t>(year);
    }
  }
  return years;
}

// The first and last year of a name's dated articles, leaving out up to 5 % of them at either
// end: an article of 2010 recalling the Bush of 1987 does not make him a name of 2010.
std::pair<int, int> main_years(const YearCounts& years) {
  if (years.empty()) return {0, 0};
  std::size_t total = 0;
  for (const auto& [year, n] : years) total += n;
  const std::size_t allowed = total / 20;
  std::size_t first = 0, last = years.size() - 1, cut = 0;
  while (first < last && cut + years[first].second <= allowed) cut += years[first++].second;
  cut = 0;
  while (last > first && cut + years[last].second <= allowed) cut += years[last--].second;
  return {years[first].first, years[last].first};
}

// Where wire stories were filed ("HAMBURG (Reuters) -") are places too, and many cities are
// named mostly there: a place is on at least as many articles as either count says.
void add_datelines(const Xapian::Database& db, Counts& counts) {
  constexpr std::size_t kPlaceColumn = 2;
  static_assert(kNameFields[kPlaceColumn].second == EntityType::kPlace);
  const std::string prefix(schema::prefix(schema::Field::kDateline));
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    std::string key = (*t).substr(prefix.size());
    if (!key.empty() && key.front() == ':') key.erase(0, 1);  // boolean_term's separator
    auto& places = counts[key].by_type[kPlaceColumn];
    places = std::max<std::size_t>(places, t.get_termfreq());
  }
}

// From the facet values, not the filter terms: a person's filter terms include each word of
// the name ("de", "von" from "Ursula von der Leyen"), which are no names of their own.
Counts count_names(const Xapian::Database& db) {
  const std::vector<std::int16_t> years = publication_years(db);
  Counts counts;
  for (std::size_t f = 0; f < kNameFields.size(); ++f) {
    const unsigned slot = schema::slot(kNameFields[f].first);
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
      const int year = years[v.get_docid()];
      for (const auto& entry : stored::decode_facets(*v)) {
        NameCounts& name = counts[entry.key];
        ++name.by_type[f];
        if (year != 0) count_year(name.years, year);
      }
    }
  }
  add_datelines(db, counts);
  return counts;
}

// The type most of a key's articles give it, if it holds enough of them.
std::optional<ner::KnownName> known_name(const std::string& key, const NameCounts& counts,
                                         const ArchiveNameOptions& options) {
  const auto& n = counts.by_type;
  std::size_t best = 0;
  std::size_t total = 0;
  for (std::size_t f = 0; f < n.size(); ++f) {
    total += n[f];
    if (n[f] > n[best]) best = f;
  }
  if (n[best] < options.min_articles || double(n[best]) < options.min_type_share * double(total))
    return std::nullopt;
  const auto [first_year, last_year] = main_years(counts.years);
  return ner::KnownName{key, kNameFields[best].second, n[best], first_year, last_year};
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
