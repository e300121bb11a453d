// news-search --like ID: a query for the articles most like a given one, built by Xapian's
// relevance feedback (the article as the relevance set, its best expand terms as the query).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

struct LikeQuery {
  Xapian::Query query;            // the terms, weighted, with the article itself excluded
  std::vector<TermWeight> terms;  // what it used, most telling first
};

// Throws QueryError when no article has this id or it has no words to go on. The stopwords of
// the article's own language are never used as terms; `language`, the index's default language
// code, stands in for an article whose language has no list.
LikeQuery more_like_this(const Xapian::Database& db, const std::string& id,
                         const std::string& language);

}  // namespace newsarchive::searcher
