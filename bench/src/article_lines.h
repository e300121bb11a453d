// Reads the JSON Lines that bench/run converts the corpora to: one article a line with "id",
// "title", "body" and "date" (ISO 8601; may be empty).
#pragma once

#include <functional>
#include <string>

namespace newsarchive::bench {

struct LineArticle {
  std::string id;
  std::string title;
  std::string body;
  std::string day;   // "YYYYMMDD" from the date's first ten characters, "" when undated
  std::string line;  // the raw line, for engines that store it as the document's data
};

// Calls `on_article` for each line that holds an object with an id; returns the number of
// articles read. Throws std::runtime_error when the file cannot be opened.
std::size_t for_each_article(const std::string& path,
                             const std::function<void(const LineArticle&)>& on_article);

}  // namespace newsarchive::bench
