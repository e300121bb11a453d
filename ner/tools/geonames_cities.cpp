// Reads the cities compiled into libgeonames through its own API (geonames.h): the data is a
// GVariant resource inside the library, and the API is the stable way to it.
#include "geonames_cities.h"

#include <geonames.h>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/gazetteer_builder.h"

namespace newsarchive::ner {
namespace {

constexpr std::size_t kShortestCityName = 3;

}  // namespace

std::vector<GazetteerEntry> geonames_city_entries(const std::set<std::string>& left_out) {
  std::vector<GazetteerEntry> out;
  const gint cities = geonames_get_n_cities();
  for (gint i = 0; i < cities; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (city == nullptr) continue;
    const std::string name = geonames_city_get_name(city);
    geonames_city_free(city);
    if (name.size() < kShortestCityName || left_out.count(lower_word(name)) > 0) continue;
    const std::string phrase = tokenized_phrase(name);
    if (!phrase.empty()) out.push_back({GazetteerList::kPlace, phrase});
  }
  return out;
}

}  // namespace newsarchive::ner
