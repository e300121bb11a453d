// Where readers deliver what they read: articles, and records they had to skip.
#pragma once

#include <string>

#include "newsarchive/common/article.h"

namespace newsarchive::indexer {

class ArticleSink {
 public:
  virtual ~ArticleSink() = default;
  virtual void article(Article a) = 0;
  // `where` is "file" or "file:record" (a line number, or a record's index within an archive);
  // `reason` says what is wrong in words a user can act on.
  virtual void skipped(const std::string& where, const std::string& reason) = 0;
  // Something was wrong but the article was kept (an unreadable date, say).
  virtual void warning(const std::string& where, const std::string& message) = 0;
};

}  // namespace newsarchive::indexer
