// The one description of how an article is stored in Xapian: every term prefix, value slot and
// encoding used by the indexer and the searcher comes from the table in schema.cpp. Nothing else
// in the project spells a prefix or a slot number.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace newsarchive::schema {

// Bumped whenever the meaning of a stored term, value or data field changes, so that a database
// written by another version is refused instead of silently misread.
// 5: stems of languages other than the default are marked with their language; ids derived
// from an article's text also hash its source and publication time; entity keys drop company
// forms and follow company aliases; datelines are indexed apart.
inline constexpr int kVersion = 5;
inline constexpr std::string_view kVersionKey = "newsarchive.schema_version";
// The default language the index was built with, so the searcher stems queries the same way.
inline constexpr std::string_view kLanguageKey = "newsarchive.language";
// How the archive stems, fixed when it is created: absent, each word is indexed with its stem
// (Xapian's STEM_SOME); kStemsAtSearch, words only, and the searcher finds a stem's words at
// search time (docs/schema.md, "Text indexing").
inline constexpr std::string_view kStemsKey = "newsarchive.stems";
inline constexpr std::string_view kStemsAtSearch = "search";
// Saved searches (docs/research-tools-2.md): one metadata entry per name under this prefix, and
// the indexing sequence up to which alerts were last read. In a sharded archive they live in
// the first shard, where Xapian reads a multi-database's metadata from.
inline constexpr std::string_view kSavedSearchPrefix = "newsarchive.saved_search.";
inline constexpr std::string_view kAlertsReadKey = "newsarchive.alerts_read";

// How a field takes part in indexing and querying.
enum class FieldKind {
  kFreeText,  // tokenised, stemmed, with positions; `name:` searches inside it
  kBoolean,   // one exact term per value; `name:` filters without affecting the score
  kRange,     // matched through a value slot with a range (`name:A..B`)
  kValueOnly  // a value slot with no query syntax (sorting, facets, bookkeeping)
};

// How the value slot (if any) is encoded.
enum class ValueEncoding {
  kNone,
  kSortableDouble,  // Xapian::sortable_serialise(double); orders correctly, negatives included
  kDayString,       // "YYYYMMDD", years before 1000 zero-padded; orders as text
  kKeyList,         // facet keys joined by '\n' (multi-valued facets)
  kPlainString,
  kHash64  // 8 bytes, big-endian, of text::fnv1a64 over a string field's value
};

enum class Field : std::uint8_t {
  kId,
  kTitle,
  kBody,
  kAuthor,
  kSource,
  kLanguage,
  kUrl,
  kDate,    // publication date
  kYear,    // publication year term
  kMonth,   // publication month term
  kDay,     // publication day term
  kPerson,  // entity facets
  kOrganisation,
  kPlace,
  kMentions,            // dates the text talks about
  kLabel,               // human labels carried by a collection (e.g. Reuters TOPICS)
  kFingerprint,         // content fingerprint for incremental re-indexing
  kCluster,             // near-duplicate cluster key
  kDuplicateSignature,  // MinHash signature, to compare an article with later near-duplicates
  kCollapseKey,         // 8-byte hash of the cluster key, what search collapses on
  kIndexSequence,       // when the article was written, for alerts (saved searches)
  kDateline,            // where a wire story was filed ("WASHINGTON (Reuters) -"): not an entity
};

inline constexpr unsigned kNoSlot = 0xffffffffu;

struct FieldSpec {
  Field field;
  std::string_view query_name;  // what a user types before ':' ("" when not queryable)
  std::string_view prefix;      // Xapian term prefix ("" for unprefixed free text)
  FieldKind kind;
  unsigned slot;  // value slot, or kNoSlot
  ValueEncoding encoding;
  std::string_view description;  // one line, used by docs/schema.md and --help texts
};

// The whole table, in declaration order of Field.
std::span<const FieldSpec> fields();
const FieldSpec& spec(Field f);
// The row whose query name is `name`, or nullptr.
const FieldSpec* find_by_query_name(std::string_view name);

inline std::string_view prefix(Field f) {
  return spec(f).prefix;
}
inline unsigned slot(Field f) {
  return spec(f).slot;
}

// ---- Values into terms: the only code that builds a prefixed term ----
//
// Xapian refuses a term longer than this (InvalidArgumentError); a scraped page can put a
// 5,000-byte name in any metadata field.
inline constexpr std::size_t kMaxTermBytes = 245;

// The term for an already normalised `value` of `f` (see filter_value). Xapian's convention:
// when a prefix of more than one letter is followed by a value that starts with a capital, a ':'
// separates them, so the term can be split unambiguously. A value too long for Xapian keeps its
// first bytes (cut at a character boundary) followed by '#' and the 16 hex digits of a hash of
// the whole value: still one term per distinct value, and the searcher, which builds its filter
// terms here too, reaches the same term for the same value.
std::string boolean_term(Field f, std::string_view value);

// Whether `f` holds entity keys (person, org, place, and the dateline's place).
bool is_entity_field(Field f);

// What a filter on `f` compares, from a value as written by a source or typed by a user: entity
// fields fold to the archive-wide entity key ("U.S." -> "united states"), ids, URLs and cluster
// keys are kept as written, everything else is lower-cased with its spaces collapsed ("Reuters
// Business  News" -> "reuters business news"). The indexer normalises what it stores with it
// and the searcher what a user types, so both sides meet.
std::string filter_value(Field f, std::string_view raw);
// boolean_term(f, filter_value(f, raw)).
std::string filter_term(Field f, std::string_view raw);

// How much of a date a key names. Publication terms (Y, M, D) and mention terms are the first
// 4, 6 or 8 digits of the day's "YYYYMMDD".
enum class DatePrecision { kYear, kMonth, kDay };
std::string date_key(std::chrono::sys_days day, DatePrecision precision);

// Xapian's QueryParser and TermGenerator mark a stemmed term with this letter before any field
// prefix ("Zelect", "ZSelect"). It is Xapian's convention, not a row of the table, but every
// piece of code that reads stems from the term list needs it.
inline constexpr char kStemMarker = 'Z';
inline constexpr std::string_view kStemMarkerString{"Z"};
// A stem of a language other than the archive's default begins with the language's code and this
// separator ("Zfr:élect"), so that languages whose stemmers agree on a stem never share its term
// (common/include/newsarchive/common/language_stems.h). Words never hold it: Xapian's tokenizer
// ends a word at ':'.
inline constexpr char kStemLanguageSeparator = ':';
// "" for the archive's default language (its stems are bare, as before), else "fr:".
std::string stem_language_mark(std::string_view language_code, std::string_view default_code);

// ---- Facets: the fields whose values search counts ----
enum class FacetKind {
  kKeyList,   // a kKeyList slot: several keys per article, each with a display form
  kPlain,     // a plain string slot: one value per article
  kHistogram  // publication days, counted into a time histogram
};
struct FacetSpec {
  std::string_view name;  // what a SearchRequest and --facets name it
  Field field;
  FacetKind kind;
};
std::span<const FacetSpec> facets();
// The facet named `name`, or nullptr.
const FacetSpec* find_facet(std::string_view name);
// Every facet's name, comma-separated, for messages ("person, org, ...").
std::string facet_names_list();

// ---- The archive on disk ----
// A sharded archive is a directory of shard databases (shard_directory_name) and a Xapian stub
// file of this name listing them, which Xapian and the searcher open as one database.
inline constexpr std::string_view kStubFileName = "XAPIANDB";
inline constexpr std::string_view kShardDirectoryStem = "shard-";
// "shard-00", "shard-01", ...
std::string shard_directory_name(std::size_t index);

// Within how much wdf weight title words count, compared with one body occurrence.
inline constexpr unsigned kTitleWeight = 3;
// Gap in term positions between title and body, so a phrase never spans the two.
inline constexpr unsigned kTitleBodyGap = 100;

// Keys of the JSON object kept as each document's data.
namespace data_key {
inline constexpr const char* kId = "id";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kBody = "body";
inline constexpr const char* kAuthors = "authors";
inline constexpr const char* kSource = "source";
inline constexpr const char* kUrl = "url";
inline constexpr const char* kLanguage = "lang";
inline constexpr const char* kDate = "date";  // ISO 8601 UTC, absent when undated
inline constexpr const char* kOrigin = "origin";
}  // namespace data_key

}  // namespace newsarchive::schema
