#include "newsarchive/indexer/indexer.h"

#include <cstdio>

#include "newsarchive/common/article_id.h"
#include "newsarchive/common/languages.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/text.h"
#include "newsarchive/indexer/article_sink.h"
#include "newsarchive/indexer/document_builder.h"
#include "newsarchive/indexer/index_writer.h"
#include "newsarchive/indexer/input_files.h"
#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/spelling_dictionary.h"

namespace newsarchive::indexer {
namespace {

using Clock = std::chrono::steady_clock;

std::string repaired(std::string s, std::size_t& count) {
  std::size_t fixed = 0;
  std::string out = text::to_valid_utf8(s, &fixed);
  count += fixed;
  return out;
}

}  // namespace

std::string IndexSummary::line() const {
  std::string out = "indexed " + std::to_string(indexed()) + " (new " + std::to_string(added) +
                    ", replaced " + std::to_string(replaced) + "), unchanged " +
                    std::to_string(unchanged);
  if (removed) out += ", removed " + std::to_string(removed);
  out += ", skipped " + std::to_string(skipped);
  if (!skip_reasons.empty()) {
    out += " (";
    bool first = true;
    for (const auto& [reason, n] : skip_reasons) {
      out += (first ? "" : "; ") + reason + ": " + std::to_string(n);
      first = false;
    }
    out += ")";
  }
  if (warnings) out += ", warnings " + std::to_string(warnings);
  char tail[96];
  const double rate = seconds > 0 ? static_cast<double>(indexed() + unchanged) / seconds : 0;
  std::snprintf(tail, sizeof tail, ", %.1f s, %.0f articles/s", seconds, rate);
  return out + tail;
}

struct Indexer::Impl final : ArticleSink {
  IndexOptions options;
  MessageHandler on_message;
  IndexWriter writer;
  DocumentBuilder builder;
  std::vector<std::unique_ptr<Enricher>> enrichers;
  std::string pipeline_signature;
  IndexSummary summary;
  Clock::time_point started = Clock::now();

  Impl(IndexOptions o, MessageHandler m)
      : options(std::move(o)),
        on_message(std::move(m)),
        writer(options.db_path, options.batch_size),
        builder(options.language),
        pipeline_signature("schema" + std::to_string(schema::kVersion)) {}

  void skipped(const std::string& where, const std::string& reason) override {
    ++summary.skipped;
    // Group reasons by their general kind, not their details, so the summary stays one line.
    ++summary.skip_reasons[reason.substr(0, reason.find(" ("))];
    on_message(where + ": " + reason);
  }

  void warning(const std::string& where, const std::string& message) override {
    ++summary.warnings;
    on_message(where + ": warning: " + message);
  }

  void article(Article a) override {
    normalise(a);
    a.id = derive_article_id(a);
    a.fingerprint = content_fingerprint(a) + "/" + text::hex64(text::fnv1a64(pipeline_signature));
    if (writer.stored_fingerprint(a.id) == a.fingerprint) {
      ++summary.unchanged;
      return;
    }
    for (const auto& e : enrichers) e->enrich(a);
    switch (writer.write(a.id, builder.build(a))) {
      case IndexWriter::Outcome::kAdded:
        ++summary.added;
        break;
      case IndexWriter::Outcome::kReplaced:
        ++summary.replaced;
        break;
      case IndexWriter::Outcome::kUnchanged:
        ++summary.unchanged;
        break;
    }
  }

  // Every text field becomes valid UTF-8 (invalid bytes replaced, never the article dropped),
  // and the language becomes an ISO code the stemmer knows.
  void normalise(Article& a) {
    auto& n = summary.bytes_repaired;
    a.title = text::collapse_space(repaired(std::move(a.title), n));
    a.body = repaired(std::move(a.body), n);
    a.id = repaired(std::move(a.id), n);
    a.url = repaired(std::move(a.url), n);
    a.source = text::collapse_space(repaired(std::move(a.source), n));
    for (auto& author : a.authors) author = text::collapse_space(repaired(std::move(author), n));
    for (auto& [kind, value] : a.labels) value = repaired(std::move(value), n);
    a.language = language_code(a.language).value_or(options.language);
  }
};

Indexer::Indexer(IndexOptions options, MessageHandler on_message) {
  if (auto code = language_code(options.language)) options.language = *code;
  impl_ = std::make_unique<Impl>(std::move(options), std::move(on_message));
  impl_->writer.set_default_language(impl_->options.language);
}

Indexer::~Indexer() = default;

void Indexer::add_enricher(std::unique_ptr<Enricher> e) {
  impl_->pipeline_signature += "+" + e->signature();
  impl_->enrichers.push_back(std::move(e));
}

void Indexer::index(const std::vector<std::string>& inputs) {
  auto& self = *impl_;
  const auto expanded = expand_inputs(inputs);
  for (const auto& [arg, reason] : expanded.errors) self.skipped(arg, reason);
  const ArticleReader* forced =
      self.options.format.empty() ? nullptr : find_reader(self.options.format);
  for (const auto& file : expanded.files) {
    for_each_stream(
        file,
        [&](const std::string& origin, std::string_view head, std::istream& in) {
          const ArticleReader& reader = forced ? *forced : detect_reader(origin, head);
          reader.read(in, origin, self);
        },
        [&](const std::string& where, const std::string& reason) { self.skipped(where, reason); });
  }
}

void Indexer::remove(const std::vector<std::string>& ids) {
  for (const auto& id : ids) {
    if (impl_->writer.remove(id))
      ++impl_->summary.removed;
    else
      impl_->on_message(id + ": no article with this id");
  }
}

IndexSummary Indexer::finish() {
  impl_->writer.commit();
  update_spelling_dictionary(impl_->writer.database());
  impl_->summary.seconds = std::chrono::duration<double>(Clock::now() - impl_->started).count();
  impl_->summary.document_count = impl_->writer.document_count();
  return impl_->summary;
}

}  // namespace newsarchive::indexer
