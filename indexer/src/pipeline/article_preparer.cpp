#include "article_preparer.h"

#include "newsarchive/common/article_id.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/shard_layout.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

std::string repaired(std::string s, std::size_t& count) {
  std::size_t fixed = 0;
  std::string out = text::to_valid_utf8(s, &fixed);
  count += fixed;
  return out;
}

}  // namespace

ArticlePreparer::ArticlePreparer(const PreparerSettings& settings)
    : settings_(settings), builder_(settings.default_language, settings.index_stems) {
  if (!settings.existing_archive.empty()) snapshot_.emplace(settings.existing_archive);
}

std::optional<PreparedArticle> ArticlePreparer::prepare(Article a, std::uint64_t ticket,
                                                        Turnstile& in_order) {
  passed_in_order_ = false;
  try {
    return prepare_in_turn(std::move(a), ticket, in_order);
  } catch (...) {
    if (!passed_in_order_) pass_in_order(nullptr, ticket, in_order);
    throw;
  }
}

std::optional<PreparedArticle> ArticlePreparer::prepare_in_turn(Article a, std::uint64_t ticket,
                                                                Turnstile& in_order) {
  normalise(a);
  a.id = derive_article_id(a);
  a.fingerprint = content_fingerprint(a) + settings_.signature_suffix;
  if (stored_unchanged(a.id, a.fingerprint)) {
    ++unchanged_;
    pass_in_order(nullptr, ticket, in_order);
    return std::nullopt;
  }
  // The ordered enrichers first, so a worker waits at the turnstile only for the articles just
  // before its own to be signed, not for their entities to be found.
  for (const Enricher* e : settings_.enrichers)
    if (e->in_input_order()) e->enrich(a);
  if (!pass_in_order(&a, ticket, in_order)) return std::nullopt;
  for (const Enricher* e : settings_.enrichers)
    if (!e->in_input_order()) e->enrich(a);
  return PreparedArticle{shard_for(a.id, settings_.shard_count),
                         a.origin,
                         a.id,
                         a.fingerprint,
                         builder_.build(a),
                         ticket,
                         a.title.size() + a.body.size()};
}

// Runs the ordered enrichers on `a` (none for an unchanged article) when its turn comes.
bool ArticlePreparer::pass_in_order(Article* a, std::uint64_t ticket, Turnstile& in_order) {
  passed_in_order_ = true;
  if (!settings_.any_in_input_order) return true;
  if (!in_order.enter(ticket)) return false;
  struct Leave {
    Turnstile& t;
    ~Leave() { t.leave(); }
  } leave{in_order};
  if (a)
    for (const Enricher* e : settings_.enrichers)
      if (e->in_input_order()) e->enrich_in_input_order(*a);
  return true;
}

bool ArticlePreparer::stored_unchanged(const std::string& id, const std::string& fingerprint) {
  if (!snapshot_) return false;
  // The writers commit while workers read; once a revision this old is recycled, Xapian says
  // so and the snapshot moves on to the latest one.
  for (;;) {
    try {
      return stored_fingerprint(*snapshot_, id) == fingerprint;
    } catch (const Xapian::DatabaseModifiedError&) {
      snapshot_->reopen();
    }
  }
}

// Every text field becomes valid UTF-8 (invalid bytes replaced, never the article dropped),
// and a stated language becomes an ISO code; an article that states none keeps it empty, for the
// language enricher to identify (or, without one, for the archive's default to apply).
void ArticlePreparer::normalise(Article& a) {
  auto& n = bytes_repaired_;
  a.title = text::collapse_space(repaired(std::move(a.title), n));
  a.body = repaired(std::move(a.body), n);
  a.id = repaired(std::move(a.id), n);
  a.url = repaired(std::move(a.url), n);
  a.source = text::collapse_space(repaired(std::move(a.source), n));
  for (auto& author : a.authors) author = text::collapse_space(repaired(std::move(author), n));
  for (auto& [kind, value] : a.labels) value = repaired(std::move(value), n);
  a.language = stated_language(a.language);
}

}  // namespace newsarchive::indexer
