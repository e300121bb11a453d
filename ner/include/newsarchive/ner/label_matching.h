// Whether an article's extracted entities contain what a human label of the collection names:
// how news-eval-entities measures recall against Reuters-21578's PEOPLE, PLACES and ORGS.
#pragma once

#include <string_view>
#include <vector>

#include "newsarchive/common/article.h"

namespace newsarchive::ner {

enum class LabelKind { kPeople, kPlaces, kOrgs };

struct LabelMatch {
  bool as_labelled_type = false;  // by an entity of the label's type (person, place, org)
  bool as_any_type = false;  // by an entity of any type (the tagger got the name, not the type)
};

// Matching rules (labels are lower case, words joined by '-': "james-baker", "west-germany"):
// - people: the entity's key ends with the label's last word ("baker"), and every other word
//   of the label is among the key's words unless the key is one word: "James A. Baker" and a
//   lone "Baker" match "james-baker", "Howard Baker" does not.
// - places and orgs: the entity's key is the label's key (entity_key, so through the alias
//   table: "usa" = "U.S.", "uk" = "Britain", "ec" = "European Community"); for orgs the
//   label's first word alone also counts ("ico-coffee" = "ICO"), and so does a name whose
//   initials the label or its first word is ("fao" = "Food and Agriculture Organization",
//   which the normaliser makes of an article's "FAO" when the article spells it out).
LabelMatch match_label(LabelKind kind, std::string_view label, const std::vector<Entity>& entities);

}  // namespace newsarchive::ner
