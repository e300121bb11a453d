#include "newsarchive/common/stored_values.h"

#include <date/date.h>

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/text/flat_json.h"
#include "newsarchive/text/text.h"
#include "newsarchive/text/zstd_frame.h"

namespace newsarchive::stored {

std::string encode_time(Timestamp t) {
  return Xapian::sortable_serialise(static_cast<double>(t.time_since_epoch().count()));
}

std::string encode_sequence(std::uint64_t sequence) {
  return Xapian::sortable_serialise(static_cast<double>(sequence));
}

std::uint64_t decode_sequence(std::string_view value) {
  if (value.empty()) return 0;
  return static_cast<std::uint64_t>(Xapian::sortable_unserialise(std::string(value)));
}

std::uint64_t next_sequence(std::uint64_t last) {
  const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::system_clock::now().time_since_epoch());
  return std::max(last + 1, static_cast<std::uint64_t>(now.count()));
}

std::optional<Timestamp> decode_time(std::string_view value) {
  if (value.empty()) return std::nullopt;
  const double s = Xapian::sortable_unserialise(std::string(value));
  // A damaged slot may hold any bytes, which can read as infinities or as more seconds than a
  // long long holds: converting those is undefined. 2^63 is exact in a double.
  constexpr double kLimit = 9223372036854775808.0;
  if (!(s > -kLimit && s < kLimit)) return std::nullopt;
  return Timestamp{std::chrono::seconds(static_cast<long long>(s))};
}

std::string day_key(std::chrono::sys_days d) {
  const std::string day = format_day(Timestamp{d});  // YYYY-MM-DD, formatted without an ostream
  if (day.size() != 10) return date::format("%Y%m%d", d);
  return day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2);
}

std::string encode_hash64(std::string_view key) {
  std::uint64_t h = text::fnv1a64(key);
  std::string out(8, '\0');
  for (int i = 7; i >= 0; --i, h >>= 8)
    out[static_cast<std::size_t>(i)] = static_cast<char>(h & 0xff);
  return out;
}

std::string encode_facets(const std::vector<FacetEntry>& entries) {
  std::string out;
  for (const auto& e : entries) {
    if (!out.empty()) out += '\n';
    out += e.key;
    out += '\t';
    out += e.display;
  }
  return out;
}

std::vector<FacetEntry> decode_facets(std::string_view value) {
  std::vector<FacetEntry> out;
  while (!value.empty()) {
    const auto nl = value.find('\n');
    const std::string_view line = value.substr(0, nl);
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos)
      out.push_back({std::string(line), std::string(line)});
    else
      out.push_back({std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))});
    if (nl == std::string_view::npos) break;
    value.remove_prefix(nl + 1);
  }
  return out;
}

std::string encode_data(const Article& a) {
  namespace key = schema::data_key;
  nlohmann::json j;
  j[key::kId] = a.id;
  j[key::kTitle] = a.title;
  j[key::kBody] = a.body;
  if (!a.url.empty()) j[key::kUrl] = a.url;
  if (!a.source.empty()) j[key::kSource] = a.source;
  if (!a.language.empty()) j[key::kLanguage] = a.language;
  if (!a.authors.empty()) j[key::kAuthors] = a.authors;
  if (a.published) j[key::kDate] = format_publication_date(*a.published, a.published_has_time);
  if (!a.origin.empty()) j[key::kOrigin] = a.origin;
  return zstd_compress(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

namespace {

void set_date(StoredArticle& s, std::string_view written) {
  if (const auto d = read_publication_date(written)) {
    s.published = d->instant;
    s.published_has_time = d->has_time;
  }
}

// The record through nlohmann::json, for any shape the fast reader refuses.
StoredArticle decode_data_slowly(std::string_view data) {
  namespace key = schema::data_key;
  StoredArticle s;
  const auto j = nlohmann::json::parse(data, nullptr, false);
  if (!j.is_object()) return s;
  // A field of another type reads as absent: json::value would throw for it.
  const auto text = [&](const char* k) {
    const auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
  };
  s.id = text(key::kId);
  s.title = text(key::kTitle);
  s.body = text(key::kBody);
  s.url = text(key::kUrl);
  s.source = text(key::kSource);
  s.language = text(key::kLanguage);
  s.origin = text(key::kOrigin);
  if (const auto it = j.find(key::kAuthors); it != j.end() && it->is_array())
    for (const auto& a : *it)
      if (a.is_string()) s.authors.push_back(a.get<std::string>());
  set_date(s, text(key::kDate));
  return s;
}

}  // namespace

StoredArticle decode_data(std::string_view data) {
  namespace key = schema::data_key;
  std::optional<std::string> json;
  if (is_zstd_frame(data)) {
    json = zstd_decompress(data);
    if (!json) return StoredArticle{};
    data = *json;
  }
  auto fields = read_flat_json_object(data);
  if (!fields) return decode_data_slowly(data);
  StoredArticle s;
  std::string date;
  for (auto& [name, value] : *fields) {
    if (name == key::kAuthors) {
      if (value.is_list) s.authors = std::move(value.items);
      continue;
    }
    if (value.is_list) continue;
    // As nlohmann::json's object does, the last of repeated keys wins.
    if (name == key::kId)
      s.id = std::move(value.text);
    else if (name == key::kTitle)
      s.title = std::move(value.text);
    else if (name == key::kBody)
      s.body = std::move(value.text);
    else if (name == key::kUrl)
      s.url = std::move(value.text);
    else if (name == key::kSource)
      s.source = std::move(value.text);
    else if (name == key::kLanguage)
      s.language = std::move(value.text);
    else if (name == key::kOrigin)
      s.origin = std::move(value.text);
    else if (name == key::kDate)
      date = std::move(value.text);
  }
  set_date(s, date);
  return s;
}

void check_schema(const Xapian::Database& db, const std::string& path) {
  const std::string stored = db.get_metadata(std::string(schema::kVersionKey));
  const std::string expected = std::to_string(schema::kVersion);
  if (stored == expected) return;
  if (stored.empty() && db.get_doccount() == 0) return;  // new and empty: ours to stamp
  if (stored.empty())
    throw SchemaMismatch("'" + path +
                         "' is a Xapian database but not a newsarchive index (no schema version);"
                         " index into a new --db path, or delete it and re-run news-index");
  throw SchemaMismatch("'" + path + "' was written with newsarchive schema version " + stored +
                       ", this build reads version " + expected +
                       "; re-index your articles into a new --db path (or delete '" + path +
                       "' and re-run news-index)");
}

void stamp_schema(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion));
}

}  // namespace newsarchive::stored
