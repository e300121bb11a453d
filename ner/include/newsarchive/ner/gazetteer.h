// Gazetteers: lists of names (people, places, companies, ...) the tagger consults as
// features (Ratinov & Roth 2009): a token is B/I/L/U of the longest match of list X.
// Built from shared data by news-build-gazetteer (gazetteer_builder.h) into a text file,
// which news-train-ner compiles into the model: matching needs only hashes of lower-cased
// tokens, the ones feature extraction computes anyway.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ner/hash_index.h"

namespace newsarchive::ner {

// The lists. Numbers are part of the model's features: append, never renumber.
enum class GazetteerList : std::uint8_t {
  kPerson,        // Reuters-21578 people, WordNet's named people
  kOrganisation,  // Reuters-21578 organisations, WordNet's named groups
  kPlace,         // Reuters-21578 places, ISO 3166-1 countries, WordNet's named places
  kSubdivision,   // ISO 3166-2 states, provinces, regions
  kExchange,      // Reuters-21578 exchanges
  kCompany,       // company names written beside a Reuters instrument code
  kCompanyShort,  // the same without their legal form (Corp, Inc, AG, ...)
  kTaggedPerson,  // names a recogniser tagged consistently across the unlabeled news
  kTaggedOrganisation,
  kTaggedPlace,
  kTaggedMisc,
};
inline constexpr std::size_t kGazetteerLists = 11;
inline constexpr std::size_t kMaxGazetteerTokens = 8;  // longer names are left out

// The name a list has in the gazetteer file ("person", "company-short", ...).
std::string_view gazetteer_list_name(GazetteerList list);

struct GazetteerEntry {
  GazetteerList list;
  std::string phrase;  // tokens as the tokenizer cuts them, joined by single spaces

  auto operator<=>(const GazetteerEntry&) const = default;
};

// The gazetteer file: '#' comment lines, then one "list<TAB>phrase" per line.
// Throws std::runtime_error naming the file and line on a malformed line.
std::vector<GazetteerEntry> read_gazetteer_file(const std::string& path);
// Writes entries sorted and without duplicates, so the same input gives the same bytes.
void write_gazetteer_file(const std::string& path, std::vector<GazetteerEntry> entries,
                          const std::vector<std::string>& header_comments);

// Matching structure: key = chain of lower-cased token hashes (gazetteer_key), value =
// bit l set when the phrase is an entry of list l, kGazetteerPrefix when a longer entry
// starts with it.
inline constexpr std::uint32_t kGazetteerPrefix = 1U << 16;
HashIndex build_gazetteer_index(const std::vector<GazetteerEntry>& entries);

// The key of a phrase extended by one token, starting from kGazetteerSeed; `lower_hash` is
// hash_bytes(lower_word(token)).
inline constexpr std::uint64_t kGazetteerSeed = 0x6A5E77E5ULL;
std::uint64_t gazetteer_key(std::uint64_t key_so_far, std::uint64_t lower_hash);

// Per token and list, its place in the longest match of that list, leftmost first and
// without overlaps: 0 none, else a GazetteerPosition.
enum GazetteerPosition : std::uint8_t { kGazNone = 0, kGazBegin, kGazInside, kGazLast, kGazUnit };
using GazetteerMarks = std::array<std::uint8_t, kGazetteerLists>;

// Marks the matches in one sentence of tokens [first, last). A match starts only at a token
// `may_start` allows (the tagger: a capitalised word), so lower-case text costs nothing.
void match_gazetteer(const HashIndex& gazetteer, const std::uint64_t* lower_hashes,
                     const std::uint8_t* may_start, std::size_t count, GazetteerMarks* marks);

}  // namespace newsarchive::ner
