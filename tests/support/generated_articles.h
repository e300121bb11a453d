// Invented news articles in JSON Lines, generated deterministically: enough of them, with words
// of very unequal frequency, that a shard's own statistics differ from the whole archive's, so a
// test comparing sharded and single-database ranking would notice statistics that are not global.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsarchive::testing {

// Articles number `first` to `first + count - 1`, one JSON object per line.
inline std::string generated_articles_jsonl(std::size_t first, std::size_t count) {
  static const std::vector<std::string> kWords{
      "harbour", "storm",  "minister", "budget",  "election", "flood",    "bank",    "rates",
      "council", "bridge", "strike",   "harvest", "festival", "court",    "railway", "school",
      "energy",  "tariff", "museum",   "drought", "port",     "shipyard", "union",   "inflation"};
  static const std::vector<std::string> kPeople{"Anna Berg", "Jonas Ferreira", "Omar Haddad",
                                                "Ilse Brandt", "Marta Lindqvist"};
  static const std::vector<std::string> kPlaces{"Lisbon", "Oslo", "Hamburg", "Marseille", "Gdansk"};
  static const std::vector<std::string> kSources{"Meridian Wire", "The Eastbrook Courier",
                                                 "Harbour Times"};
  std::string out;
  for (std::size_t n = first; n < first + count; ++n) {
    std::uint64_t state = n * 2654435761u + 12345;
    const auto next = [&state](std::size_t bound) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      return static_cast<std::size_t>((state >> 33) % bound);
    };
    // Word i appears with weight about 1/(i+1): a few common words, many rare ones.
    const auto word = [&] {
      const std::size_t r = next(kWords.size() * kWords.size());
      std::size_t i = 0;
      while (i + 1 < kWords.size() && r > (i + 1) * (i + 1)) ++i;
      return kWords[kWords.size() - 1 - i];
    };
    const std::string person = kPeople[next(kPeople.size())];
    const std::string place = kPlaces[next(kPlaces.size())];
    std::string body = person + " spoke in " + place + " on Tuesday.";
    const std::size_t sentences = 2 + next(6);
    for (std::size_t s = 0; s < sentences; ++s) {
      body += " The";
      for (std::size_t w = 0, words = 4 + next(8); w < words; ++w) body += " " + word();
      body += ".";
    }
    nlohmann::json j{{"id", "generated-" + std::to_string(n)},
                     {"title", word() + " " + word() + " in " + place},
                     {"source", kSources[next(kSources.size())]},
                     {"author", person},
                     {"body", body}};
    if (n % 9 != 0) {  // every ninth undated, the rest over three years
      const std::size_t day = next(3 * 365);
      j["date"] = std::to_string(2019 + day / 365) + "-" + (day % 365 / 31 + 1 < 10 ? "0" : "") +
                  std::to_string(day % 365 / 31 + 1) + "-" + (day % 28 + 1 < 10 ? "0" : "") +
                  std::to_string(day % 28 + 1);
    }
    out += j.dump() + "\n";
  }
  return out;
}

}  // namespace newsarchive::testing
