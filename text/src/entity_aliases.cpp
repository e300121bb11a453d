// The curated alias table: names that fold differently but mean one country or agency.
// Whole keys only: "US" becomes "united states", but "US Airways" and "U.S. Treasury" keep
// their own keys, because rewriting words inside longer names would merge different things
// ("UN" in "UNCTAD", "EC" in "EC Commission" vs "European Community Commission" is rare).
#include <array>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsarchive/text/entity_key.h"

namespace newsarchive {
namespace {

// One row per entity: the canonical key first, then every folded variant (as fold_name gives
// it: "U.S.A." -> "usa", "U. K." -> "u k", "Côte d'Ivoire" -> "cote divoire"). Rows are
// countries (including the 1980s ones Reuters-21578 labels: USSR, West Germany) and the
// agencies news names most by acronym. Ambiguous acronyms (WHO, ITC, ICO) are left out.
struct AliasRow {
  std::string_view canonical;
  std::array<std::string_view, 6> variants;
};

constexpr AliasRow kAliases[] = {
    {"united states", {"us", "usa", "u s", "u s a", "united states of america"}},
    {"united kingdom",
     {"uk", "u k", "britain", "great britain",
      "united kingdom of great britain and northern ireland"}},
    {"soviet union", {"ussr", "u s s r", "union of soviet socialist republics"}},
    {"united arab emirates", {"uae", "u a e"}},
    {"west germany", {"w germany", "federal republic of germany", "frg"}},
    {"east germany", {"e germany", "german democratic republic", "gdr"}},
    {"south korea", {"s korea", "republic of korea"}},
    {"north korea", {"n korea", "dprk", "democratic peoples republic of korea"}},
    {"china", {"prc", "peoples republic of china"}},
    {"taiwan", {"republic of china"}},
    {"netherlands", {"the netherlands", "holland"}},
    {"hong kong", {"hongkong"}},
    {"ivory coast", {"cote divoire"}},
    {"new zealand", {"nz"}},
    {"trinidad and tobago", {"trinidad tobago"}},
    {"united nations", {"un", "u n"}},
    {"european union", {"eu", "e u"}},
    {"european community", {"ec", "e c", "eec", "european economic community"}},
    {"international monetary fund", {"imf"}},
    {"world bank", {"worldbank"}},
    {"opec",
     {"organization of petroleum exporting countries",
      "organisation of petroleum exporting countries",
      "organization of the petroleum exporting countries",
      "organisation of the petroleum exporting countries"}},
    {"gatt", {"general agreement on tariffs and trade"}},
    {"oecd",
     {"organisation for economic cooperation and development",
      "organization for economic cooperation and development",
      "organisation for economic co operation and development",
      "organization for economic co operation and development"}},
    {"nato", {"north atlantic treaty organization", "north atlantic treaty organisation"}},
    {"asean",
     {"association of southeast asian nations", "association of south east asian nations"}},
    {"federal reserve",
     {"fed", "federal reserve board", "federal reserve system", "us federal reserve"}},
    {"securities and exchange commission", {"sec", "us securities and exchange commission"}},
    {"european central bank", {"ecb"}},
    {"world trade organization", {"wto", "world trade organisation"}},
    {"federal bureau of investigation", {"fbi"}},
    {"central intelligence agency", {"cia"}},
    // Companies and agencies the financial news names by acronym and in full (keys are name_key
    // forms: company suffixes are already gone, "Standard & Poor's" is "standard poors").
    {"international business machines", {"ibm"}},
    {"general motors", {"gm"}},
    {"general electric", {"ge"}},
    {"hewlett packard", {"hp"}},
    {"standard poors",
     {"sp", "s p", "standard and poors", "standard poor", "standard and poor",
      "standard poors ratings services"}},
    {"moodys", {"moodys investors service"}},
    {"us treasury",
     {"treasury", "treasury department", "us treasury department", "united states treasury",
      "department of the treasury", "us department of the treasury"}},
    {"european commission", {"eu commission", "commission of the european communities"}},
    {"new york stock exchange", {"nyse"}},
    {"ford motor", {"ford", "ford motor company"}},
    {"jpmorgan chase", {"jpmorgan", "jp morgan chase", "j p morgan chase"}},
    {"wal mart stores", {"wal mart", "walmart"}},
    {"united auto workers", {"uaw", "united automobile workers"}},
    {"federal open market committee", {"fomc"}},
    {"bank of england", {"boe"}},
    {"bank of japan", {"boj"}},
    {"organization of american states", {"oas"}},
};

using AliasMap = std::unordered_map<std::string_view, std::string_view>;

AliasMap build_alias_map() {
  AliasMap map;
  for (const AliasRow& row : kAliases) {
    map.emplace(row.canonical, row.canonical);
    for (const std::string_view v : row.variants)
      if (!v.empty()) map.emplace(v, row.canonical);
  }
  return map;
}

}  // namespace

std::string_view canonical_key(std::string_view folded) {
  // Built once, on first use (thread-safe), and only read after that.
  static const AliasMap aliases = build_alias_map();
  const auto it = aliases.find(folded);
  return it == aliases.end() ? folded : it->second;
}

std::vector<std::pair<std::string_view, std::string_view>> entity_aliases() {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (const AliasRow& row : kAliases)
    for (const std::string_view v : row.variants)
      if (!v.empty()) out.emplace_back(v, row.canonical);
  return out;
}

}  // namespace newsarchive
