// From recognised mentions to the article's entities: titles and possessives removed,
// junk dropped, short forms resolved to the fullest form used in the article, one
// archive-wide key per entity.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/common/article.h"
#include "newsarchive/ner/hash_index.h"
#include "newsarchive/ner/recognizer.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::ner {

// Keys are folded in common/ so that the searcher folds queries the same way.
using newsarchive::entity_key;
using newsarchive::fold_name;

struct NormaliseOptions {
  // MISC (nationalities, events, ...) is left out by default: on CoNLL it is the least
  // accurate label, and in news it is mostly demonyms ("Iranian", "Israelis") that would
  // repeat the place facets as noise. MISC mentions still vote on the type of a name.
  bool include_misc = false;
  // The model's gazetteer (gazetteer.h), if given: a word its company lists hold whole ("UBS",
  // "Barclays", "Apple") is a name of its own, not the first word of a longer one ("UBS
  // Securities"), which a word such as "Goldman" or "Merrill" is.
  const HashIndex* gazetteer = nullptr;
};

// `text` is the text the mentions were recognised in (their byte spans point into it).
// `lexicon` (optional, usually the model's) lets single words that news mostly writes in
// lower case be dropped as junk.
std::vector<Entity> normalise(std::string_view text, const std::vector<Mention>& mentions,
                              const HashIndex* lexicon = nullptr,
                              const NormaliseOptions& options = {});

// Recognises and normalises in one call; what the indexer's workers use. The title, if
// any, is a sentence of its own ahead of the body. Safe to call from many threads.
std::vector<Entity> extract_entities(const Recognizer& recognizer, std::string_view title,
                                     std::string_view body, const NormaliseOptions& options = {});

}  // namespace newsarchive::ner
