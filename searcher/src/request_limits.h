// What one request may ask, so that no query costs more than a search should: Xapian's
// QueryParser and the spelling suggestion grow faster than linearly with a query's words (10,000
// unknown words took 8 CPU-seconds, a 100 KB query 28), and Xapian counts in 32 bits.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>

namespace newsarchive::searcher {

inline constexpr std::size_t kMaxQueryBytes = 16 * 1024;
inline constexpr std::size_t kMaxQueryWords = 1024;

// Throws QueryError naming the limit when `text` is longer than either.
void check_query_size(const std::string& text);

// A page position or size as Xapian counts them: values past what 32 bits hold (no archive holds
// that many articles) become the largest it can, so the page is empty instead of wrapped round.
Xapian::doccount page_bound(std::size_t n);
// a + b, saturating at the same bound.
Xapian::doccount page_end(std::size_t a, std::size_t b);

}  // namespace newsarchive::searcher
