// The bare Xapian floor's whole schema: what the least a Xapian news indexer stores.
#pragma once

namespace newsarchive::bench::floor {

inline constexpr const char* kIdPrefix = "Q";  // unique id term, for replace_document
inline constexpr unsigned kDaySlot = 0;        // "YYYYMMDD", for date-range filters
inline constexpr unsigned kIdSlot = 1;         // the id again, so a hit's id costs no termlist
inline constexpr const char* kStemmer = "english";

}  // namespace newsarchive::bench::floor
