#include "newsarchive/text/stopwords.h"

#include <array>

namespace newsarchive {
namespace {

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

}  // namespace

std::span<const std::string_view> stopwords(std::string_view language_code) {
  if (language_code == "en") return kEnglish;
  return {};
}

}  // namespace newsarchive
