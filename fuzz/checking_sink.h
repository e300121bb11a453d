// A sink for the reader harnesses: keeps nothing, but reads everything a reader delivers.
#pragma once

#include <cstddef>
#include <string>

#include "newsarchive/indexer/article_sink.h"

namespace newsarchive::fuzz {

// Touches every field an article carries, so that ASan sees a reader's dangling or overflowing
// strings here rather than later in the indexer.
class CheckingSink final : public indexer::ArticleSink {
 public:
  void article(Article a) override {
    total_ += a.origin.size() + a.id.size() + a.title.size() + a.body.size() + a.url.size() +
              a.source.size() + a.language.size();
    for (const auto& author : a.authors) total_ += author.size();
    for (const auto& [kind, value] : a.labels) total_ += kind.size() + value.size();
    ++articles_;
  }
  void skipped(const std::string& where, const std::string& reason) override {
    total_ += where.size() + reason.size();
  }
  void warning(const std::string& where, const std::string& message) override {
    total_ += where.size() + message.size();
  }
  std::size_t articles() const { return articles_; }

 private:
  std::size_t total_ = 0;
  std::size_t articles_ = 0;
};

}  // namespace newsarchive::fuzz
