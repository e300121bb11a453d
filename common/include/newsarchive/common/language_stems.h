// How an article's words are stemmed in its own language, the one rule the indexer (terms of an
// article) and the searcher (terms of a query, highlights of a hit) both follow.
//
// An archive mixes languages, and their Snowball stemmers can give one stem to unrelated words
// (French "marchés" and English "marched" both stem to "march"). So the stems of every language
// other than the archive's default carry that language's mark (schema::stem_language_mark,
// "fr:") before the stem: "Zfr:élect", "ZSfr:élect" for a title. The default language's stems
// stay bare, as they were before archives held several languages, and so do those of articles
// in a language without a stemmer or of an undetermined one, which are stemmed as the default.
#pragma once

#include <xapian.h>

#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace newsarchive {

// The word without an elided article or pronoun in front ("l'élection" -> "élection",
// "dell'Unione" -> "Unione", "qu'il" -> "il") in French, Italian and Catalan, whose stemmers
// would otherwise keep it as part of the stem; `word` itself elsewhere. Xapian's tokenizer has
// already turned a typographic apostrophe (U+2019) into '.
std::string_view without_elision(std::string_view language_code, std::string_view word);

// The words `language_code` elides before an apostrophe ("l", "qu", "dell"), lower case; none
// for a language that elides none.
std::span<const std::string_view> elided_words(std::string_view language_code);

// The Snowball stemmer of `language_code` (ISO 639-1, one language_code() knows), unmarked:
// Xapian's own, or for a language Xapian 1.4 lacks (Greek) the Snowball project's libstemmer.
Xapian::Stem snowball_stemmer(std::string_view language_code);

// The stemmer for words of `language_code` (ISO 639-1, one with a Snowball stemmer) in an
// archive whose default language is `default_code`: elision dropped, then stemmed, then marked.
// For the default language of a language without elision this is Xapian's own stemmer.
Xapian::Stem language_stemmer(const std::string& language_code, const std::string& default_code);

// German writes every noun with a capital, so a capitalised query word is not a name there and is
// stemmed too (the query parser, following English, leaves capitalised words as they are).
bool stems_capitalised_words(std::string_view language_code);

// A marked stem ("fr:élect") as its language and its bare stem ({"fr", "élect"}); a stem of the
// default language ("élect") as {"", "élect"}.
std::pair<std::string, std::string> split_language_mark(const std::string& stem);

}  // namespace newsarchive
