// The world's cities as GeoNames names them, for the gazetteer's place list.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "newsarchive/ner/gazetteer.h"

namespace newsarchive::ner {

// The cities of Debian's libgeonames (GeoNames' cities of about 15,000 people or more, 24,361
// in version 0.3.0) as places, less names shorter than three letters and names of `left_out`
// (lower case): everyday words ("Reading", "Mobile", "Bath") and names news gives to
// something else ("Nokia", "Toyota").
std::vector<GazetteerEntry> geonames_city_entries(const std::set<std::string>& left_out);

}  // namespace newsarchive::ner
