// The best passage of a hit's text with the matched words (stems and phrases included) marked.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

// Made once per search, used for each hit of its page.
//
// Xapian's MSet::snippet() stems every word of the text it is given, so its cost grows with the
// article: about 28 µs a hit on the financial news, a third of a whole search. An article's
// best passage is where the query's words are, and those can be found without stemming: every
// stem begins with the first letters of the words it comes from. So the text is scanned for
// words that begin like a query term, the densest stretch of a few snippet lengths is cut
// out, and only that stretch goes to MSet::snippet(), which still decides what is highlighted
// (stems, phrases, wildcards) exactly as before. It is given a stemmer that stems only the
// words that begin like a query term; any other word cannot stem to a query term, so it is
// returned as it is, which matches nothing, as its stem would not have.
class SnippetMaker {
 public:
  // `stemmer` is the default language's; an article in one of `languages` (ParsedQuery::
  // stem_languages) is stemmed in its own, as the indexer stemmed it.
  SnippetMaker(const Xapian::Query& query, std::size_t length, const Xapian::Stem& stemmer,
               const std::vector<std::string>& languages = {},
               const std::string& default_language = "en");

  // The passage of `text`, an article in `language` (as stored), with the query's words marked.
  Snippet make(const Xapian::MSet& mset, const std::string& text,
               const std::string& language = {}) const;
  // All of `text`, on one line, with every match of the query marked as a snippet marks them
  // (a concordance's occurrences): no passage chosen, nothing cut.
  Snippet mark_all(const Xapian::MSet& mset, const std::string& text,
                   const std::string& language = {}) const;

  // The [begin, end) byte range of `text` handed to MSet::snippet(): all of a short text, the
  // stretch densest in query words of a long one; `found` is false when no query word is in
  // a long text, and the range is then its lead.
  struct Window {
    std::size_t begin, end;
    bool found;
  };
  Window window(const std::string& text) const;

 private:
  std::size_t length_;
  std::vector<std::string> keys_;  // lower-case beginnings of the query's text terms
  Xapian::Stem stemmer_;           // stems the words that begin with a key, and only those
  std::string default_code_;
  std::vector<std::string> languages_;  // the query's languages besides the default
  // The same as stemmer_, for those languages; one SnippetMaker serves one search's thread.
  mutable std::map<std::string, Xapian::Stem> language_stemmers_;

  const Xapian::Stem& stemmer_for(const std::string& language) const;
};

}  // namespace newsarchive::searcher
