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
    // The names French, Spanish, German, Italian and Portuguese news give countries, cities and
    // agencies that English news names otherwise, so that an article in those languages meets
    // the English ones (docs/languages.md, "Names in other languages"). Left out where the word
    // names something else in English news too ("Roma", "Napoli", "Vienne", "Colonia").
    {"germany", {"allemagne", "alemania", "deutschland", "germania", "alemanha"}},
    {"france", {"frankreich", "francia", "franca"}},
    {"spain", {"espagne", "espana", "spanien", "spagna", "espanha"}},
    {"italy", {"italie", "italia", "italien"}},
    {"united kingdom",
     {"royaume uni", "reino unido", "vereinigtes konigreich", "regno unito", "grossbritannien",
      "grande bretagne"}},
    {"united kingdom", {"gran bretana", "gran bretagna", "gra bretanha"}},
    {"united states",
     {"etats unis", "estados unidos", "vereinigte staaten", "stati uniti", "eeuu", "ee uu"}},
    {"china", {"chine", "cina"}},
    {"japan", {"japon", "giappone", "japao"}},
    {"russia", {"russie", "rusia", "russland"}},
    {"greece", {"grece", "grecia", "griechenland"}},
    {"netherlands", {"pays bas", "paises bajos", "niederlande", "paesi bassi"}},
    {"belgium", {"belgique", "belgica", "belgien", "belgio"}},
    {"switzerland", {"suisse", "suiza", "schweiz", "svizzera", "suica"}},
    {"austria", {"autriche", "osterreich"}},
    {"poland", {"pologne", "polonia", "polen"}},
    {"sweden", {"suede", "suecia", "schweden", "svezia"}},
    {"norway", {"norvege", "noruega", "norwegen", "norvegia"}},
    {"denmark", {"danemark", "dinamarca", "danimarca"}},
    {"finland", {"finlande", "finlandia", "finnland"}},
    {"ireland", {"irlande", "irlanda", "irland"}},
    {"turkey", {"turquie", "turquia", "turkei", "turchia"}},
    {"mexico", {"mexique", "mexiko", "messico"}},
    {"brazil", {"bresil", "brasil", "brasilien", "brasile"}},
    {"argentina", {"argentine", "argentinien"}},
    {"egypt", {"egypte", "egipto", "agypten", "egitto"}},
    {"morocco", {"maroc", "marruecos", "marokko", "marocco"}},
    {"algeria", {"algerie", "argelia", "algerien"}},
    {"south africa", {"afrique du sud", "sudafrica", "sudafrika"}},
    {"saudi arabia", {"arabie saoudite", "arabia saudi", "arabia saudita", "saudi arabien"}},
    {"iraq", {"irak"}},
    {"syria", {"syrie", "siria", "syrien"}},
    {"lebanon", {"liban", "libano", "libanon"}},
    {"jordan", {"jordanie", "jordania", "jordanien"}},
    {"afghanistan", {"afganistan"}},
    {"india", {"inde", "indien"}},
    {"south korea", {"coree du sud", "corea del sur", "sudkorea", "corea del sud"}},
    {"north korea", {"coree du nord", "corea del norte", "nordkorea", "corea del nord"}},
    {"european union",
     {"ue", "union europeenne", "union europea", "europaische union", "unione europea",
      "uniao europeia"}},
    {"united nations",
     {"onu", "nations unies", "naciones unidas", "vereinte nationen", "vereinten nationen",
      "nazioni unite"}},
    {"nato", {"otan"}},
    {"international monetary fund",
     {"fmi", "iwf", "fonds monetaire international", "fondo monetario internacional",
      "internationaler wahrungsfonds", "internationale wahrungsfonds"}},
    {"european central bank",
     {"bce", "ezb", "banque centrale europeenne", "banco central europeo",
      "europaische zentralbank", "banca centrale europea"}},
    {"world bank", {"banque mondiale", "banco mundial", "weltbank", "banca mondiale"}},
    {"opec", {"opep"}},
    {"european commission",
     {"commission europeenne", "comision europea", "europaische kommission",
      "europaischen kommission", "commissione europea"}},
    {"federal reserve", {"reserve federale", "reserva federal"}},
    {"oecd", {"ocde"}},
    {"world trade organization",
     {"omc", "organisation mondiale du commerce", "organizacion mundial del comercio"}},
    {"london", {"londres", "londra"}},
    {"brussels", {"bruxelles", "bruselas", "brussel", "bruxelas"}},
    {"moscow", {"moscou", "moscu", "moskau", "mosca"}},
    {"beijing", {"pekin", "pechino", "pequim"}},  // not "Peking": 1987 English news wrote it
    {"tokyo", {"tokio"}},
    {"new york", {"nueva york", "nova iorque"}},
    {"munich", {"munchen", "monaco di baviera"}},
    {"cologne", {"koln"}},
    {"geneva", {"geneve", "ginebra", "genf", "ginevra", "genebra"}},
    {"athens", {"athenes", "atenas", "athen", "atene"}},
    {"warsaw", {"varsovie", "varsovia", "warschau", "varsavia"}},
    {"vienna", {"viena", "wien"}},
    {"lisbon", {"lisbonne", "lisboa"}},
    {"frankfurt", {"francfort"}},
    {"hague", {"la haye", "la haya", "den haag"}},
    {"cairo", {"le caire", "el cairo", "kairo", "il cairo"}},
    {"tehran", {"teheran"}},
    {"milan", {"milano", "mailand"}},
    {"venice", {"venise", "venecia", "venedig", "venezia"}},
    {"florence", {"florenz", "florencia", "firenze"}},
    {"copenhagen", {"copenhague", "kopenhagen"}},
    {"prague", {"praga", "prag"}},
    {"edinburgh", {"edimbourg", "edimburgo"}},
    {"mexico city", {"ciudad de mexico", "mexiko stadt"}},
    {"seville", {"sevilla", "siviglia"}},
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
