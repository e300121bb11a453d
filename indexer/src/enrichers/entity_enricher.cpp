#include "newsarchive/indexer/enrichers/entity_enricher.h"

#include "newsarchive/indexer/enrichers/dateline.h"

#include <cstdlib>
#include <filesystem>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/indexer/enrichers/archive_names.h"
#include "newsarchive/ner/known_names.h"
#include "newsarchive/ner/normalise.h"
#include "newsarchive/ner/recognizer.h"
#include "newsarchive/ner/surnames.h"
#include "newsarchive/text/entity_key.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

// Wire copy ends with the agency's sign-off ("... 7.5 billion dlrs in deposits.\n Reuter"):
// the source naming itself, not the text naming it. Left in, every Reuters article would
// carry an organisation "Reuter" (12 of 100 sampled Reuters-21578 names were that sign-off).
// A last word that is the start of the source's name (at least 3 letters) is cut off.
std::string_view without_sign_off(std::string_view body, std::string_view source) {
  const std::size_t end = body.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos || source.empty()) return body;
  const std::size_t start = body.find_last_of(" \t\r\n", end);
  const std::size_t word_start = start == std::string_view::npos ? 0 : start + 1;
  const std::string word = fold_name(body.substr(word_start, end + 1 - word_start));
  if (word.size() < 3 || !fold_name(source).starts_with(word)) return body;
  return body.substr(0, word_start);
}

// Who a surname means depends on when the article was written; 0 when undated.
int publication_year(const Article& a) {
  return a.published ? calendar_year(*a.published) : 0;
}

// What the articles' names are known from: the committed list and the archive's own names.
struct NameSources {
  ner::KnownNames list;
  ner::KnownNames archive;
};

NameSources read_name_sources(const EntityOptions& o) {
  NameSources sources;
  if (!o.known_names_path.empty()) sources.list = ner::KnownNames::load(o.known_names_path);
  ArchiveNameOptions archive;
  archive.min_articles = o.min_archive_articles;
  sources.archive = read_archive_names(o.db_path, archive);
  return sources;
}

// Known names for other languages: the list's, the archive's winning where both know a key.
std::unique_ptr<ner::KnownNames> merged(const NameSources& sources) {
  auto names = std::make_unique<ner::KnownNames>(sources.list);
  names->merge(sources.archive);
  return names;
}

// For surnames the archive's own people come first: an archive of 1987 knows its own Bush.
std::unique_ptr<ner::Surnames> surnames(const NameSources& sources) {
  return std::make_unique<ner::Surnames>(ner::Surnames::build({&sources.archive, &sources.list}));
}

}  // namespace

EntityEnricher::EntityEnricher(const EntityOptions& options)
    : recognizer_(std::make_unique<ner::Recognizer>(ner::Recognizer::load(options.model_path))),
      default_language_(options.default_language) {
  const NameSources sources = read_name_sources(options);
  known_names_ = merged(sources);
  surnames_ = surnames(sources);
  // A retrained model or a rebuilt list changes what is extracted, so their sizes join the
  // pipeline's signature and unchanged articles are re-enriched; "entities8" since the first
  // word of an organisation the article names in full ("Goldman") is that organisation. The
  // archive's own names are left out: they grow with every run, which would re-enrich every
  // article.
  std::error_code ec;
  signature_ = "entities8:" + std::to_string(std::filesystem::file_size(options.model_path, ec));
  if (!options.known_names_path.empty())
    signature_ += ":" + std::to_string(std::filesystem::file_size(options.known_names_path, ec));
}

namespace {
EntityOptions model_and_list(const std::string& model_path) {
  EntityOptions o;
  o.model_path = model_path;
  o.known_names_path = default_known_names_path();
  return o;
}
}  // namespace

EntityEnricher::EntityEnricher(const std::string& model_path)
    : EntityEnricher(model_and_list(model_path)) {}

EntityEnricher::~EntityEnricher() = default;

void EntityEnricher::enrich(Article& a) const {
  // A title made from the body's first sentence (articles without a headline) is not a headline
  // of its own: read it twice, cut short, and the recogniser sees a broken sentence.
  std::string_view title = a.title;
  if (title.ends_with("\xE2\x80\xA6")) title.remove_suffix(3);
  const bool derived = !title.empty() && text::collapse_space(a.body).starts_with(title);
  // The dateline and the agency's credit are where and by whom, not what: the story starts after.
  Dateline dateline = find_dateline(a.body, a.source);
  a.datelines = std::move(dateline.places);
  const std::string_view story = std::string_view(a.body).substr(dateline.story_start);
  title = derived ? std::string_view{} : std::string_view(a.title);
  const std::string_view body = without_sign_off(story, a.source);
  switch (ner::name_source(a.language, default_language_, body.empty() ? title : body)) {
    case ner::NameSource::kRecogniser:
      a.entities = ner::extract_entities(*recognizer_, title, body);
      break;
    case ner::NameSource::kKnownNames:
      a.entities =
          ner::extract_known_entities(*known_names_, &recognizer_->model().lexicon, title, body);
      break;
    case ner::NameSource::kNone:
      a.entities.clear();
      break;
  }
  ner::resolve_surnames(a.entities, *surnames_, publication_year(a));
}

std::string default_ner_model_path() {
  if (const char* env = std::getenv("NEWSARCHIVE_NER_MODEL"); env && *env) return env;
  if (std::filesystem::exists(NEWSARCHIVE_INSTALLED_NER_MODEL))
    return NEWSARCHIVE_INSTALLED_NER_MODEL;
  return NEWSARCHIVE_SOURCE_NER_MODEL;
}

std::string default_known_names_path() {
  if (const char* env = std::getenv("NEWSARCHIVE_KNOWN_NAMES"); env && *env) return env;
  if (std::filesystem::exists(NEWSARCHIVE_INSTALLED_KNOWN_NAMES))
    return NEWSARCHIVE_INSTALLED_KNOWN_NAMES;
  return NEWSARCHIVE_SOURCE_KNOWN_NAMES;
}

}  // namespace newsarchive::indexer
