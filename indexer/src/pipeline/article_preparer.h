// The part of the pipeline that runs on every core: one ArticlePreparer per worker thread turns
// an article as read into a document ready for its shard's writer.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsarchive/common/article.h"
#include "newsarchive/indexer/document_builder.h"
#include "newsarchive/indexer/enricher.h"
#include "turnstile.h"

namespace newsarchive::indexer {

// What a worker hands to the writer of shard `shard`.
struct PreparedArticle {
  std::size_t shard = 0;
  std::string origin;  // "file:line", for a message should the writer refuse it
  std::string id;
  std::string fingerprint;
  Xapian::Document document;
  std::uint64_t ticket = 0;    // its place in the input
  std::size_t text_bytes = 0;  // title and body: what the document's size in memory follows
};

struct PreparerSettings {
  std::string default_language;            // ISO code
  std::string signature_suffix;            // "/" + hash of the schema and enrichers' signatures
  std::vector<const Enricher*> enrichers;  // shared by all workers, thread-safe
  bool any_in_input_order = false;         // whether one of them needs the input order
  std::size_t shard_count = 1;
  bool index_stems = true;  // false for an archive stemmed at search time
  // The archive as it was when the run began, to skip unchanged articles before the costly
  // enrichment; empty for a new archive, which holds nothing yet.
  std::string existing_archive;
};

class ArticlePreparer {
 public:
  explicit ArticlePreparer(const PreparerSettings& settings);

  // Normalises, identifies and fingerprints the article; nullopt when the archive already
  // holds it unchanged, else enriches it and builds its document. `ticket` is the article's
  // place in the input (0, 1, 2, ...): every article of the run passes `in_order` with it,
  // running the enrichers that need the input order there. nullopt too when `in_order` was
  // aborted. Whatever it throws, the article has passed `in_order`, so the articles after it
  // are not held up by its failure.
  std::optional<PreparedArticle> prepare(Article a, std::uint64_t ticket, Turnstile& in_order);

  std::size_t unchanged() const { return unchanged_; }
  std::size_t bytes_repaired() const { return bytes_repaired_; }

 private:
  std::optional<PreparedArticle> prepare_in_turn(Article a, std::uint64_t ticket,
                                                 Turnstile& in_order);
  void normalise(Article& a);
  bool stored_unchanged(const std::string& id, const std::string& fingerprint);
  bool pass_in_order(Article* a, std::uint64_t ticket, Turnstile& in_order);

  const PreparerSettings& settings_;
  DocumentBuilder builder_;
  std::optional<Xapian::Database> snapshot_;
  std::size_t unchanged_ = 0;
  std::size_t bytes_repaired_ = 0;
  bool passed_in_order_ = false;  // the current article's
};

}  // namespace newsarchive::indexer
