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
  return {};
}

}  // namespace newsarchive
