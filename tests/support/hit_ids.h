// The ids of a result's hits, in rank order: what most searcher tests compare.
#pragma once

#include <string>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::testing {

inline std::vector<std::string> hit_ids(const SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

}  // namespace newsarchive::testing
