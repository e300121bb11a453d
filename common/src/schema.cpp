#include "newsarchive/common/schema.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <stdexcept>

#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/arabic_script.h"
#include "newsarchive/text/entity_key.h"
#include "newsarchive/text/text.h"

namespace newsarchive::schema {
namespace {

using enum FieldKind;
using enum ValueEncoding;

// Prefixes follow Xapian Omega's conventions (docs/termprefixes.rst): single capitals for the
// standard meanings (Q id, S title, A author, L language, U url, D/M/Y dates), X... for our own.
// Slots are explicit numbers so the schema can grow in any order (mu's enum-position lesson).
constexpr std::array kTable{
    FieldSpec{Field::kId, "id", "Q", kBoolean, kNoSlot, kNone, "unique article id"},
    FieldSpec{Field::kTitle, "title", "S", kFreeText, kNoSlot, kNone, "headline words"},
    FieldSpec{Field::kBody, "", "", kFreeText, kNoSlot, kNone, "body and title words (unprefixed)"},
    FieldSpec{Field::kAuthor, "author", "A", kFreeText, kNoSlot, kNone, "author/byline words"},
    FieldSpec{Field::kSource, "source", "XSOURCE", kBoolean, 8, kPlainString,
              "publisher, lower-cased (slot: display form)"},
    FieldSpec{Field::kLanguage, "lang", "L", kBoolean, 9, kPlainString, "ISO 639-1 language code"},
    FieldSpec{Field::kUrl, "url", "U", kBoolean, kNoSlot, kNone, "article URL"},
    FieldSpec{Field::kDate, "date", "", kRange, 0, kSortableDouble,
              "publication time, seconds since 1970-01-01 UTC (negative before)"},
    FieldSpec{Field::kYear, "year", "Y", kBoolean, kNoSlot, kNone, "publication year YYYY"},
    FieldSpec{Field::kMonth, "month", "M", kBoolean, kNoSlot, kNone, "publication month YYYYMM"},
    FieldSpec{Field::kDay, "day", "D", kBoolean, 1, kDayString,
              "publication day YYYYMMDD (slot: same, for the date histogram)"},
    FieldSpec{Field::kPerson, "person", "XPERSON", kBoolean, 2, kKeyList,
              "people named in the text (normalised key)"},
    FieldSpec{Field::kOrganisation, "org", "XORG", kBoolean, 3, kKeyList,
              "organisations named in the text"},
    FieldSpec{Field::kPlace, "place", "XPLACE", kBoolean, 4, kKeyList, "places named in the text"},
    FieldSpec{Field::kMentions, "mentions", "XMENTION", kBoolean, 5, kKeyList,
              "dates the text mentions: YYYY, YYYYMM and YYYYMMDD terms"},
    FieldSpec{Field::kLabel, "label", "XLABEL", kBoolean, kNoSlot, kNone,
              "a collection's own labels, as kind/value"},
    FieldSpec{Field::kFingerprint, "", "", kValueOnly, 6, kPlainString,
              "hash of the article's content, to skip unchanged input"},
    FieldSpec{Field::kCluster, "cluster", "XCLUSTER", kBoolean, 7, kPlainString,
              "near-duplicate cluster key: the id of the cluster's first article"},
    FieldSpec{Field::kDuplicateSignature, "", "", kValueOnly, 10, kPlainString,
              "MinHash signature of the body's shingles (binary, see indexer/src/dedup)"},
    // Search reads the collapse value of every match it ranks: 8 bytes instead of the 33-byte
    // key halved what collapsing added to the benchmark's queries (about 0.13 ms to 0.065 ms
    // of a 0.5 ms search, on a copy of the financial-2007 index with the slot rewritten).
    FieldSpec{Field::kCollapseKey, "", "", kValueOnly, 11, kHash64,
              "fnv1a64 of the cluster key, 8 bytes big-endian: what search collapses on"},
    FieldSpec{Field::kIndexSequence, "", "", kValueOnly, 12, kSortableDouble,
              "indexing sequence: when the article was last written, microseconds since 1970 "
              "(at least one more than any before in its database); what alerts count from"},
    // A wire story's place of filing is not a place of the story (docs/entities.md).
    FieldSpec{Field::kDateline, "dateline", "XDATELINE", kBoolean, kNoSlot, kNone,
              "where a wire story was filed, from its dateline (normalised key)"},
};

constexpr bool table_is_consistent() {
  for (std::size_t i = 0; i < kTable.size(); ++i) {
    if (static_cast<std::size_t>(kTable[i].field) != i) return false;
    for (std::size_t j = i + 1; j < kTable.size(); ++j) {
      if (kTable[i].slot != kNoSlot && kTable[i].slot == kTable[j].slot) return false;
      // No prefix may begin another, or walking one prefix's terms would meet the other's.
      const auto a = kTable[i].prefix, b = kTable[j].prefix;
      if (!a.empty() && !b.empty() && (a.starts_with(b) || b.starts_with(a))) return false;
      if (!kTable[i].query_name.empty() && kTable[i].query_name == kTable[j].query_name)
        return false;
    }
  }
  return true;
}
static_assert(table_is_consistent(),
              "schema rows must follow Field order, with unique slots, names and prefixes");

}  // namespace

std::span<const FieldSpec> fields() {
  return kTable;
}

const FieldSpec& spec(Field f) {
  return kTable[static_cast<std::size_t>(f)];
}

const FieldSpec* find_by_query_name(std::string_view name) {
  if (name.empty()) return nullptr;
  for (const auto& row : kTable)
    if (row.query_name == name) return &row;
  return nullptr;
}

namespace {

// Marks a value that was cut to fit, before its hash: '#' followed by 16 hex digits.
constexpr char kCutMarker = '#';
constexpr std::size_t kCutSuffixBytes = 1 + 16;

// The longest start of `value` of at most `bytes` bytes that ends on a character boundary.
std::string_view utf8_head(std::string_view value, std::size_t bytes) {
  if (value.size() <= bytes) return value;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) --end;
  return value.substr(0, end);
}

bool needs_separator(std::string_view prefix, std::string_view value) {
  return prefix.size() > 1 && !value.empty() &&
         (std::isupper(static_cast<unsigned char>(value.front())) || value.front() == ':');
}

}  // namespace

std::string boolean_term(Field f, std::string_view value) {
  const auto p = prefix(f);
  std::string term(p);
  if (needs_separator(p, value)) term += ':';
  if (term.size() + value.size() <= kMaxTermBytes) {
    term += value;
    return term;
  }
  term += utf8_head(value, kMaxTermBytes - term.size() - kCutSuffixBytes);
  term += kCutMarker;
  term += text::hex64(text::fnv1a64(value));
  return term;
}

bool is_entity_field(Field f) {
  return f == Field::kPerson || f == Field::kOrganisation || f == Field::kPlace ||
         f == Field::kDateline;
}

std::string filter_value(Field f, std::string_view raw) {
  if (is_entity_field(f)) return entity_key(raw);
  switch (f) {
    case Field::kId:
    case Field::kUrl:
    case Field::kCluster:
      return std::string(raw);
    default:
      // Arabic script in one spelling, as the query parser reads every query (arabic_script.h).
      return text::to_lower_ascii(text::collapse_space(normalise_arabic_script(raw)));
  }
}

std::string filter_term(Field f, std::string_view raw) {
  return boolean_term(f, filter_value(f, raw));
}

std::string date_key(std::chrono::sys_days day, DatePrecision precision) {
  std::string key = stored::day_key(day);
  switch (precision) {
    case DatePrecision::kYear:
      return key.substr(0, 4);
    case DatePrecision::kMonth:
      return key.substr(0, 6);
    case DatePrecision::kDay:
      break;
  }
  return key;
}

namespace {

constexpr std::array kFacets{
    FacetSpec{"person", Field::kPerson, FacetKind::kKeyList},
    FacetSpec{"org", Field::kOrganisation, FacetKind::kKeyList},
    FacetSpec{"place", Field::kPlace, FacetKind::kKeyList},
    FacetSpec{"source", Field::kSource, FacetKind::kPlain},
    FacetSpec{"lang", Field::kLanguage, FacetKind::kPlain},
    FacetSpec{"mentions", Field::kMentions, FacetKind::kKeyList},
    FacetSpec{"date", Field::kDay, FacetKind::kHistogram},
};

constexpr bool facets_are_consistent() {
  for (const auto& f : kFacets) {
    const auto& row = kTable[static_cast<std::size_t>(f.field)];
    if (row.slot == kNoSlot) return false;
    if ((f.kind == FacetKind::kKeyList) != (row.encoding == kKeyList)) return false;
    if (f.kind == FacetKind::kHistogram && row.encoding != kDayString) return false;
  }
  return true;
}
static_assert(facets_are_consistent(),
              "every facet counts a slot, and a key-list facet a key-list slot");

}  // namespace

std::span<const FacetSpec> facets() {
  return kFacets;
}

const FacetSpec* find_facet(std::string_view name) {
  for (const auto& f : kFacets)
    if (f.name == name) return &f;
  return nullptr;
}

std::string facet_names_list() {
  std::string out;
  for (const auto& f : kFacets) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

std::string stem_language_mark(std::string_view language_code, std::string_view default_code) {
  if (language_code == default_code) return {};
  return std::string(language_code) + kStemLanguageSeparator;
}

std::string shard_directory_name(std::size_t index) {
  char digits[24];
  std::snprintf(digits, sizeof digits, "%02zu", index);
  return std::string(kShardDirectoryStem) + digits;
}

}  // namespace newsarchive::schema
