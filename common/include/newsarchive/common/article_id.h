// Every article gets a stable id: re-indexing the same article must replace it, never add a copy.
#pragma once

#include <string>

#include "newsarchive/common/article.h"

namespace newsarchive {

// The article's own id if it has one, else its URL, else "h" + a hash of title, body, source
// and publication time (so one text published by two sources, or on two days, is two articles).
// Ids longer than Xapian's term limit allows are shortened to a hash of themselves.
std::string derive_article_id(const Article& a);

// Hash of everything that is stored for the article, to tell an unchanged article from an
// edited one on re-runs.
std::string content_fingerprint(const Article& a);

}  // namespace newsarchive
