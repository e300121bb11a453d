// One archive-wide key per entity, shared by the indexer (which stores it) and the searcher
// (which folds what users type after person:, org: and place: the same way).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive {

// A name folded for comparison: compatibility-decomposed, diacritics removed, case-folded,
// punctuation dropped ("U.S." -> "us", "Café" -> "cafe"), hyphens and spaces collapsed to
// one space. At most 120 bytes, cut at a word boundary. No aliases: the recogniser compares
// single words this way ("US" the country and "us" the pronoun fold alike here).
std::string fold_name(std::string_view name);

// A name's own key, before aliases: fold_name without a leading "the" and without trailing
// company forms (Corp, Inc, Ltd, Plc, AG, SA, NV, Group, Holdings, ...) as long as a word is left:
// "Nestlé SA" -> "nestle", "The Goldman Sachs Group Inc." -> "goldman sachs".
std::string name_key(std::string_view name);

// The archive-wide identity of a name: name_key, then the alias tables (curated, then the
// acronyms learned from news text: "EFSF" is "european financial stability facility"), so that
// "U.S.", "USA" and "United States" are one key ("united states"), as are "UK", "Britain"
// and "United Kingdom", "IBM" and "International Business Machines Corp", or "IMF" and
// "International Monetary Fund". Idempotent.
std::string entity_key(std::string_view name);

// Whether `display` is the entity's full form: written out, not an alias of it ("United States"
// for "united states", "Nestle SA" for "nestle"; not "U.S.", not "IBM").
bool is_full_form(std::string_view display, std::string_view key);

// Whether `display` is written in capitals as a headline or dateline shouts it ("WASHINGTON",
// "NEW YORK"): every letter a capital, and more than one word or a word of 5 letters or more.
// Short acronyms ("IBM", "OPEC") are how those names are written, not shouting.
bool is_shouted(std::string_view display);

// One written form of an entity as a facet label candidate: how often it was seen and how well
// it names the entity (not shouted: 2, full form: 1), computed once per form.
struct LabelCandidate {
  std::string_view display;
  std::uint64_t count = 0;
  int quality = 0;
};
LabelCandidate label_candidate(std::string_view key, std::string_view display, std::uint64_t count);

// Whether `a` is a better label than `b`. A label is the most common well-cased full form: not
// shouted first, then a full form, then the most common, then the longer, then the first in byte
// order (so that the choice never depends on the order in which forms were counted).
bool better_label(const LabelCandidate& a, const LabelCandidate& b);

// The canonical key of a folded name from the alias table, or `folded` itself when it has no
// alias (the returned view then points into `folded`).
std::string_view canonical_key(std::string_view folded);

// The same from the curated table alone (what news-build-aliases leaves to it).
std::string_view curated_canonical_key(std::string_view folded);

// Every (variant, canonical key) pair of the curated alias table, for tests and documentation.
std::vector<std::pair<std::string_view, std::string_view>> entity_aliases();

// Every (acronym key, name key) pair learned from news text (text/data/acronyms.tsv, built by
// news-build-aliases): "efsf" -> "european financial stability facility". canonical_key applies
// them after the curated table.
std::vector<std::pair<std::string_view, std::string_view>> learned_acronyms();

}  // namespace newsarchive
