// What an article page says about itself, in order of trust: schema.org JSON-LD (written for
// search engines, usually exact), then OpenGraph and <meta> tags, then <title>.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {

struct PageMetadata {
  std::string title;
  std::string date;  // as written; parsed by the caller
  std::vector<std::string> authors;
  std::string publisher;
  std::string url;
  std::string language;
  std::string article_body;  // JSON-LD articleBody, for pages whose markup hides the text
};

PageMetadata read_page_metadata(const xmlNode* root);

}  // namespace newsarchive::indexer
