#include "newsarchive/indexer/enrichers/entity_enricher.h"

#include "newsarchive/indexer/enrichers/dateline.h"

#include <cstdlib>
#include <filesystem>

#include "newsarchive/ner/normalise.h"
#include "newsarchive/ner/recognizer.h"
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

}  // namespace

EntityEnricher::EntityEnricher(const std::string& model_path)
    : recognizer_(std::make_unique<ner::Recognizer>(ner::Recognizer::load(model_path))) {
  // A retrained model changes what is extracted, so its size joins the pipeline's signature and
  // unchanged articles are re-enriched with it; "entities3" since datelines are cut off.
  std::error_code ec;
  signature_ = "entities3:" + std::to_string(std::filesystem::file_size(model_path, ec));
}

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
  a.entities = ner::extract_entities(*recognizer_, derived ? std::string_view{} : a.title,
                                     without_sign_off(story, a.source));
}

std::string default_ner_model_path() {
  if (const char* env = std::getenv("NEWSARCHIVE_NER_MODEL"); env && *env) return env;
  if (std::filesystem::exists(NEWSARCHIVE_INSTALLED_NER_MODEL))
    return NEWSARCHIVE_INSTALLED_NER_MODEL;
  return NEWSARCHIVE_SOURCE_NER_MODEL;
}

}  // namespace newsarchive::indexer
