#pragma once

#include <memory>
#include <string>

#include "newsarchive/indexer/enricher.h"

namespace newsarchive::ner {
class Recognizer;
}

namespace newsarchive::indexer {

// The people, organisations and places an article names (ner), normalised to one key
// per entity. The model is loaded once and shared by every worker.
class EntityEnricher final : public Enricher {
 public:
  // Throws ner::ModelError (a std::runtime_error) naming the file when it cannot be loaded.
  explicit EntityEnricher(const std::string& model_path);
  ~EntityEnricher() override;
  std::string signature() const override { return signature_; }
  void enrich(Article& a) const override;

 private:
  std::unique_ptr<ner::Recognizer> recognizer_;
  std::string signature_;
};

// The model news-index uses unless told otherwise: $NEWSARCHIVE_NER_MODEL, else the installed
// copy, else the one in the source tree this binary was built from.
std::string default_ner_model_path();

}  // namespace newsarchive::indexer
