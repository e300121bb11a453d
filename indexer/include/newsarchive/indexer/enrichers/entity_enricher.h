#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "newsarchive/indexer/enricher.h"

namespace newsarchive::ner {
class Recognizer;
class KnownNames;
class Surnames;
}  // namespace newsarchive::ner

namespace newsarchive::indexer {

struct EntityOptions {
  std::string model_path;
  // The committed list of names known from English news ("" for none).
  std::string known_names_path;
  // The archive being written, whose names (seen on at least `min_archive_articles` articles)
  // are known too; read once, before any article, so every --jobs gives the same entities.
  std::string db_path;
  std::size_t min_archive_articles = 3;
  // The language of articles that state none (news-index --language).
  std::string default_language = "en";
};

// The people, organisations and places an article names, normalised to one key per entity:
// in English by the recogniser (ner), in other Latin-script languages by the names the archive
// already knows, in other scripts none (ner::name_source). A person written by surname alone is
// the one person the archive knows by it, if one dominates (ner::Surnames). Loaded once, shared
// by every worker.
class EntityEnricher final : public Enricher {
 public:
  // Throws ner::ModelError (a std::runtime_error) naming the file when the model cannot be
  // loaded, std::runtime_error when the list of known names cannot.
  explicit EntityEnricher(const EntityOptions& options);
  // The model, the committed list of known names, no archive, English by default.
  explicit EntityEnricher(const std::string& model_path);
  ~EntityEnricher() override;
  std::string signature() const override { return signature_; }
  void enrich(Article& a) const override;

 private:
  std::unique_ptr<ner::Recognizer> recognizer_;
  std::unique_ptr<ner::KnownNames> known_names_;
  std::unique_ptr<ner::Surnames> surnames_;  // people named by surname alone, across articles
  std::string default_language_;
  std::string signature_;
};

// The model news-index uses unless told otherwise: $NEWSARCHIVE_NER_MODEL, else the installed
// copy, else the one in the source tree this binary was built from.
std::string default_ner_model_path();
// Likewise for the list of known names: $NEWSARCHIVE_KNOWN_NAMES, the installed copy, the source's.
std::string default_known_names_path();

}  // namespace newsarchive::indexer
