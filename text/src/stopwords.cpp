#include "newsarchive/text/stopwords.h"

#include <array>

namespace newsarchive {
namespace {

// Each list holds the function words of news prose; the other languages' lists are written for
// the project after the same rule.
// English function words: articles, pronouns, auxiliaries, prepositions and conjunctions.
// Kept short on purpose: content words that happen to be frequent in news ("said", "year")
// are left to BM25's idf, which weighs them down without making them unsearchable.
constexpr std::array<std::string_view, 121> kEnglish{
    "a",       "about",  "above",   "after",  "again",  "against", "all",     "am",    "an",
    "and",     "any",    "are",     "as",     "at",     "be",      "because", "been",  "before",
    "being",   "below",  "between", "both",   "but",    "by",      "can",     "could", "did",
    "do",      "does",   "doing",   "down",   "during", "each",    "few",     "for",   "from",
    "further", "had",    "has",     "have",   "having", "he",      "her",     "here",  "hers",
    "herself", "him",    "himself", "his",    "how",    "i",       "if",      "in",    "into",
    "is",      "it",     "its",     "itself", "just",   "me",      "more",    "most",  "my",
    "myself",  "no",     "nor",     "not",    "now",    "of",      "off",     "on",    "once",
    "only",    "or",     "other",   "our",    "ours",   "out",     "over",    "own",   "same",
    "she",     "should", "so",      "some",   "such",   "than",    "that",    "the",   "their",
    "theirs",  "them",   "then",    "there",  "these",  "they",    "this",    "those", "through",
    "to",      "too",    "under",   "until",  "up",     "very",    "was",     "we",    "were",
    "what",    "when",   "where",   "which",  "while",  "who",     "whom",    "why",   "will",
    "with",    "would",  "you",     "your",
};

// French: articles, contractions, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 66> kFrench{
    "au",   "aux", "avec", "ce",   "ces",  "dans",  "de",  "des", "du",    "elle", "en",
    "et",   "eux", "il",   "ils",  "je",   "la",    "le",  "les", "leur",  "lui",  "ma",
    "mais", "me",  "même", "mes",  "moi",  "mon",   "ne",  "nos", "notre", "nous", "on",
    "ou",   "par", "pas",  "pour", "qu",   "que",   "qui", "sa",  "se",    "ses",  "son",
    "sur",  "ta",  "te",   "tes",  "toi",  "ton",   "tu",  "un",  "une",   "vos",  "votre",
    "vous", "est", "sont", "été",  "être", "avait", "ont", "a",   "cette", "cet",  "y",
};

// German: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 69> kGerman{
    "aber",   "als",  "am",   "an",    "auch",  "auf",  "aus",   "bei",   "bin",   "bis",
    "da",     "das",  "dass", "dem",   "den",   "der",  "des",   "die",   "dies",  "diese",
    "dieser", "doch", "du",   "durch", "ein",   "eine", "einem", "einen", "einer", "eines",
    "er",     "es",   "für",  "hat",   "hatte", "ich",  "ihr",   "ihre",  "im",    "in",
    "ist",    "ja",   "kein", "man",   "mit",   "nach", "nicht", "noch",  "nur",   "oder",
    "sein",   "sich", "sie",  "sind",  "so",    "um",   "und",   "uns",   "von",   "vor",
    "war",    "wie",  "wir",  "wird",  "wurde", "zu",   "zum",   "zur",   "über",
};

// Spanish: articles, contractions, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 45> kSpanish{
    "a",       "al",  "como", "con", "de",   "del",  "el",   "ella", "ellos", "en",  "es", "esta",
    "este",    "fue", "ha",   "han", "la",   "las",  "le",   "les",  "lo",    "los", "me", "mi",
    "más",     "no",  "nos",  "o",   "para", "pero", "por",  "que",  "se",    "sin", "su", "sus",
    "también", "un",  "una",  "uno", "y",    "ya",   "está", "son",  "era",
};

// Italian: articles, articulated prepositions, pronouns, auxiliaries, conjunctions.
constexpr std::array<std::string_view, 55> kItalian{
    "a",   "ad",   "al",  "alla",  "alle",  "agli",  "ai",    "anche", "che",   "chi", "come",
    "con", "da",   "dal", "dalla", "degli", "dei",   "del",   "della", "delle", "di",  "e",
    "è",   "era",  "gli", "ha",    "hanno", "i",     "il",    "in",    "la",    "le",  "lo",
    "ma",  "mi",   "ne",  "nel",   "nella", "nelle", "non",   "o",     "per",   "più", "se",
    "si",  "sono", "su",  "sua",   "suo",   "sul",   "sulla", "tra",   "un",    "una", "uno",
};

// Portuguese: articles, contractions, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 44> kPortuguese{
    "a",    "ao",  "aos", "as",  "com", "como",  "da",  "das", "de",     "do",   "dos",
    "e",    "é",   "ela", "ele", "em",  "entre", "era", "foi", "há",     "isso", "mais",
    "mas",  "na",  "nas", "no",  "nos", "não",   "o",   "os",  "ou",     "para", "pela",
    "pelo", "por", "que", "se",  "sem", "seu",   "sua", "são", "também", "um",   "uma",
};

// Russian: prepositions, conjunctions, particles and personal pronouns.
constexpr std::array<std::string_view, 54> kRussian{
    "а",   "без", "бы",  "был",   "была", "были", "было", "в",   "во",   "вы",  "да",
    "для", "до",  "его", "ее",    "её",   "же",   "за",   "и",   "из",   "или", "им",
    "их",  "к",   "как", "ко",    "ли",   "мы",   "на",   "не",  "него", "нет", "ни",
    "но",  "о",   "об",  "он",    "она",  "они",  "оно",  "от",  "по",   "под", "при",
    "с",   "со",  "так", "также", "то",   "у",    "уже",  "что", "это",  "я",
};

// Dutch: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 49> kDutch{
    "aan",  "al",   "als", "bij",    "dan", "dat", "de",    "der",  "die",  "dit",
    "door", "een",  "en",  "er",     "had", "heb", "heeft", "het",  "hij",  "hun",
    "in",   "is",   "je",  "maar",   "met", "na",  "naar",  "niet", "nog",  "of",
    "om",   "ook",  "op",  "over",   "te",  "tot", "uit",   "van",  "voor", "was",
    "wat",  "werd", "wij", "worden", "zal", "ze",  "zich",  "zij",  "zijn",
};

// Swedish: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 84> kSwedish{
    "alla",   "allt",   "att",   "av",     "blev",  "bli",    "blir", "de",   "dem",   "den",
    "denna",  "deras",  "dess",  "det",    "detta", "dig",    "din",  "ditt", "du",    "där",
    "efter",  "ej",     "eller", "en",     "ett",   "från",   "för",  "ha",   "hade",  "han",
    "hans",   "har",    "henne", "hennes", "hon",   "honom",  "hur",  "här",  "i",     "icke",
    "inte",   "jag",    "kan",   "man",    "med",   "mellan", "men",  "mig",  "min",   "mitt",
    "mot",    "mycket", "ni",    "nu",     "när",   "och",    "om",   "oss",  "på",    "samma",
    "sedan",  "sig",    "sin",   "sina",   "sitt",  "skulle", "som",  "så",   "till",  "under",
    "upp",    "ut",     "utan",  "var",    "vara",  "varit",  "vi",   "vid",  "vilka", "vilken",
    "vilket", "än",     "är",    "över",
};

// Danish: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 78> kDanish{
    "af",    "alle",  "andet", "at",    "blev",  "blive",  "bliver", "da",    "de",  "dem",
    "den",   "denne", "der",   "deres", "det",   "dette",  "dig",    "din",   "dog", "du",
    "efter", "eller", "en",    "end",   "er",    "et",     "for",    "fra",   "ham", "han",
    "hans",  "har",   "havde", "have",  "hende", "hendes", "her",    "hos",   "hun", "hvad",
    "hvis",  "hvor",  "i",     "ikke",  "ind",   "jeg",    "kan",    "man",   "med", "meget",
    "men",   "mig",   "min",   "mod",   "når",   "og",     "også",   "om",    "op",  "os",
    "på",    "sig",   "sin",   "sine",  "sit",   "skal",   "skulle", "som",   "så",  "til",
    "ud",    "under", "var",   "vi",    "vil",   "ville",  "være",   "været",
};

// Norwegian: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 85> kNorwegian{
    "alle",   "at",   "av",    "blei",   "ble",   "bli",   "blir", "da",    "de",     "dei",
    "deg",    "dem",  "den",   "denne",  "der",   "deres", "det",  "dette", "di",     "din",
    "disse",  "du",   "eg",    "ein",    "eit",   "eller", "en",   "er",    "et",     "etter",
    "for",    "fra",  "frå",   "ha",     "hadde", "han",   "hans", "har",   "hennar", "henne",
    "hennes", "her",  "hun",   "hva",    "hvis",  "hvor",  "i",    "ikke",  "ikkje",  "inn",
    "jeg",    "kan",  "kunne", "man",    "med",   "meg",   "men",  "mot",   "mye",    "nå",
    "når",    "og",   "også",  "om",     "opp",   "oss",   "på",   "seg",   "si",     "sin",
    "sine",   "sitt", "skal",  "skulle", "som",   "så",    "til",  "under", "ut",     "var",
    "vi",     "vil",  "ville", "være",   "vært",
};

// Finnish: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 46> kFinnish{
    "ei",     "eivät", "eli",   "ennen", "että",   "he",   "heidän", "hän",   "hänen",   "ja",
    "jo",     "joka",  "jonka", "jos",   "kanssa", "kuin", "kun",    "kuten", "lisäksi", "mukaan",
    "muun",   "myös",  "mutta", "ne",    "niin",   "noin", "nyt",    "ole",   "olevan",  "oli",
    "olivat", "olla",  "on",    "ovat",  "se",     "sekä", "sen",    "siitä", "sitä",    "tai",
    "tämä",   "tämän", "vaan",  "vain",  "voi",    "yli",
};

// Indonesian: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 55> kIndonesian{
    "ada",     "adalah",   "akan",   "antara",  "atau",    "bagi",    "bahwa",  "belum",
    "bisa",    "dalam",    "dan",    "dapat",   "dari",    "dengan",  "di",     "dia",
    "hal",     "harus",    "hingga", "ia",      "ini",     "itu",     "jika",   "juga",
    "kami",    "karena",   "kata",   "ke",      "kepada",  "kita",    "lebih",  "masih",
    "mereka",  "namun",    "oleh",   "pada",    "para",    "saat",    "sangat", "saya",
    "sebagai", "secara",   "sejak",  "sekitar", "seperti", "setelah", "sudah",  "tak",
    "telah",   "tersebut", "tetapi", "tidak",   "untuk",   "yaitu",   "yang",
};

// Turkish: articles, pronouns, auxiliaries, prepositions, conjunctions.
constexpr std::array<std::string_view, 37> kTurkish{
    "ama",   "ancak", "bir",  "biri",   "bu",     "bunu", "bunun", "da",  "daha", "de",
    "değil", "diye",  "en",   "gibi",   "göre",   "her",  "ile",   "ise", "için", "kadar",
    "ki",    "mi",    "olan", "olarak", "olduğu", "oldu", "olmak", "ona", "onu",  "onun",
    "sonra", "şu",    "ve",   "veya",   "ya",     "yani", "çok",
};

}  // namespace

std::span<const std::string_view> stopwords(std::string_view language_code) {
  if (language_code == "en") return kEnglish;
  if (language_code == "fr") return kFrench;
  if (language_code == "de") return kGerman;
  if (language_code == "es") return kSpanish;
  if (language_code == "it") return kItalian;
  if (language_code == "pt") return kPortuguese;
  if (language_code == "ru") return kRussian;
  if (language_code == "nl") return kDutch;
  if (language_code == "sv") return kSwedish;
  if (language_code == "da") return kDanish;
  if (language_code == "no") return kNorwegian;
  if (language_code == "fi") return kFinnish;
  if (language_code == "id") return kIndonesian;
  if (language_code == "tr") return kTurkish;
  return {};
}

}  // namespace newsarchive
