// One archive-wide key per entity, shared by the indexer (which stores it) and the searcher
// (which folds what users type after person:, org: and place: the same way).
#pragma once

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

// The archive-wide identity of a name: fold_name, then the curated alias table, so that
// "U.S.", "USA" and "United States" are one key ("united states"), as are "UK", "Britain"
// and "United Kingdom", or "IMF" and "International Monetary Fund". Idempotent.
std::string entity_key(std::string_view name);

// The canonical key of a folded name from the alias table, or `folded` itself when it has no
// alias (the returned view then points into `folded`).
std::string_view canonical_key(std::string_view folded);

// Every (variant, canonical key) pair of the alias table, for tests and documentation.
std::vector<std::pair<std::string_view, std::string_view>> entity_aliases();

}  // namespace newsarchive
