#include "newsarchive/indexer/enrichers/entity_enricher.h"

#include <cstdlib>
#include <filesystem>

#include "newsarchive/common/text.h"
#include "newsarchive/ner/normalise.h"
#include "newsarchive/ner/recognizer.h"

namespace newsarchive::indexer {

EntityEnricher::EntityEnricher(const std::string& model_path)
    : recognizer_(std::make_unique<ner::Recognizer>(ner::Recognizer::load(model_path))) {
  // A retrained model changes what is extracted, so its size joins the pipeline's signature and
  // unchanged articles are re-enriched with it.
  std::error_code ec;
  signature_ = "entities1:" + std::to_string(std::filesystem::file_size(model_path, ec));
}

EntityEnricher::~EntityEnricher() = default;

void EntityEnricher::enrich(Article& a) const {
  // A title made from the body's first sentence (articles without a headline) is not a headline
  // of its own: read it twice, cut short, and the recogniser sees a broken sentence.
  std::string_view title = a.title;
  if (title.ends_with("\xE2\x80\xA6")) title.remove_suffix(3);
  const bool derived = !title.empty() && text::collapse_space(a.body).starts_with(title);
  a.entities = ner::extract_entities(*recognizer_, derived ? std::string_view{} : a.title, a.body);
}

std::string default_ner_model_path() {
  if (const char* env = std::getenv("NEWSARCHIVE_NER_MODEL"); env && *env) return env;
  if (std::filesystem::exists(NEWSARCHIVE_INSTALLED_NER_MODEL))
    return NEWSARCHIVE_INSTALLED_NER_MODEL;
  return NEWSARCHIVE_SOURCE_NER_MODEL;
}

}  // namespace newsarchive::indexer
