// A query stemmed for each language of the archive it searches (docs/languages.md, "Searching in
// each language"). The indexer stems an article in its own language and marks the stems of
// languages other than the default (common/include/newsarchive/common/language_stems.h); a query
// word becomes the OR of its stems in the languages searched, each of which only that language's
// articles hold.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace newsarchive::searcher {

// The stemming languages of the articles in `db`, from its lang: terms: ISO codes with a
// stemmer, and `default_code` for articles in a language without one or of an undetermined one
// (stemmed as the default, as the indexer does). Sorted, without repeats.
std::vector<std::string> archive_stemming_languages(const Xapian::Database& db,
                                                    const std::string& default_code);

// The stemming languages that `query`'s lang: terms ask for (not those it excludes with NOT);
// empty when it names none.
std::vector<std::string> named_stemming_languages(const Xapian::Query& query,
                                                  const std::string& default_code);

// Whether the default language's stems, as the query parser makes them, are all `languages`
// need: nothing but the default, and one whose capitalised words are names.
bool default_stems_suffice(const std::vector<std::string>& languages,
                           const std::string& default_code);

// A stemmer that keeps each word as it is. A query parsed with it still has the parser's choice
// of the words to stem (STEM_SOME: not capitalised, not in a phrase), each as a "Z" term holding
// the word, for stem_for_languages to stem.
Xapian::Stem word_keeping_stemmer();

// `query` (parsed with word_keeping_stemmer) with each "Z" word replaced by the OR of its stems
// in `languages`, leaving out a language for which the word is a stopword (unless the query is
// nothing but its stopwords, or it is the default language, whose stopwords the parser has
// dealt with already; a word that is a stopword in all of them is kept); when German is searched, a
// capitalised word left as written is also OR'd with its German stem ("Regierung" finds
// "Regierungen").
// With `stems_indexed`, a stem that no article of `db` holds is left out; without (an archive
// stemmed at search time, which holds words only) every stem is kept, for StemGroups to find its
// words in its language's articles.
Xapian::Query stem_for_languages(const Xapian::Query& query, const Xapian::Database& db,
                                 const std::vector<std::string>& languages,
                                 const std::string& default_code, bool stems_indexed = true);

}  // namespace newsarchive::searcher
