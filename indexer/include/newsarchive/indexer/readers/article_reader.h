// A reader turns the bytes of one input (a file, standard input, an archive member) into
// articles. Readers are stateless: one instance may read many inputs, from several threads.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/indexer/article_sink.h"

namespace newsarchive::indexer {

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // The name users give to --format ("text", "jsonl", ...).
  virtual std::string_view name() const = 0;
  // How sure the reader is that an input with this name and these first bytes is its format:
  // 0 = not mine, higher wins. Content counts for more than the name.
  virtual int confidence(std::string_view origin, std::string_view head) const = 0;
  // Reads every article of `in`; `origin` names the input in messages.
  virtual void read(std::istream& in, const std::string& origin, ArticleSink& sink) const = 0;
};

// All readers the indexer knows, in no particular order.
const std::vector<std::unique_ptr<ArticleReader>>& all_readers();
// The reader named `name`, or nullptr.
const ArticleReader* find_reader(std::string_view name);
// The reader most confident about this input (plain text when none is).
const ArticleReader& detect_reader(std::string_view origin, std::string_view head);

}  // namespace newsarchive::indexer
