// Article -> Xapian::Document, through the schema table. One builder per thread (Xapian's
// TermGenerator keeps state).
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "newsarchive/common/article.h"

namespace newsarchive::indexer {

class DocumentBuilder {
 public:
  // `default_language` is an ISO 639-1 code: articles in a language without a stemmer, or of an
  // undetermined one ("und"), use its stemmer; an article with no language at all (none stated,
  // none identified) is also filed under it.
  // Without `index_stems`, words are indexed as written only, for an archive stemmed at search
  // time (IndexOptions::search_time_stemming).
  explicit DocumentBuilder(std::string default_language, bool index_stems = true);
  Xapian::Document build(const Article& a);

 private:
  const Xapian::Stem& stemmer_for(const std::string& code);
  std::string stemming_language(const Article& a) const;
  std::string default_stemming_language() const;
  std::string facet_language(const Article& a) const;
  void add_text_fields(const Article& a);
  void add_filter_terms(const Article& a, Xapian::Document& doc) const;
  void add_values(const Article& a, Xapian::Document& doc) const;

  std::string default_language_;
  bool index_stems_;
  std::map<std::string, Xapian::Stem> stemmers_;
  Xapian::TermGenerator generator_;
};

}  // namespace newsarchive::indexer
