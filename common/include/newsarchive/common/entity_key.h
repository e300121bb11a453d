// One archive-wide key per entity, shared by the indexer (which stores it) and the searcher
// (which folds what users type after person:, org: and place: the same way).
#pragma once

#include <string>
#include <string_view>

namespace newsarchive {

// The archive-wide identity of a name: compatibility-decomposed, diacritics removed,
// case-folded, punctuation dropped ("U.S." -> "us", "Café" -> "cafe"), hyphens and
// spaces collapsed to one space. At most 120 bytes, cut at a word boundary.
std::string entity_key(std::string_view name);

}  // namespace newsarchive
