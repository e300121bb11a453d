// The written form of a facet request, "NAME", "NAME:COUNT" or "date:PERIOD", read in one place
// for every front end (news-search --facets, news-serve's facets=), so that they cannot drift.
#include <algorithm>
#include <charconv>

#include "date_periods.h"
#include "newsarchive/searcher.h"

namespace newsarchive {
namespace {

std::string names_list(const std::vector<std::string>& names) {
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  return list;
}

}  // namespace

FacetRequest parse_facet_spec(std::string_view spec) {
  FacetRequest fr;
  const auto colon = spec.find(':');
  fr.field = std::string(spec.substr(0, colon));
  const auto names = facet_names();
  if (std::find(names.begin(), names.end(), fr.field) == names.end())
    throw QueryError(std::string(spec) + ": no such facet (facets: " + names_list(names) + ")");
  if (colon == std::string_view::npos) return fr;
  const std::string_view option = spec.substr(colon + 1);
  if (fr.field == "date" && searcher::period_named(option)) {
    fr.granularity = std::string(option);
    return fr;
  }
  std::size_t size = 0;
  const auto [end, error] = std::from_chars(option.data(), option.data() + option.size(), size);
  if (error != std::errc() || end != option.data() + option.size() || option.empty())
    throw QueryError(std::string(spec) +
                     ": expected NAME, NAME:COUNT or date:" + "day|week|month|year");
  fr.size = size;
  return fr;
}

}  // namespace newsarchive
