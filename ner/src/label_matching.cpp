#include "newsarchive/ner/label_matching.h"

#include <algorithm>
#include <string>

#include "newsarchive/ner/acronyms.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::ner {
namespace {

std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> words;
  while (!key.empty()) {
    const auto space = key.find(' ');
    words.push_back(key.substr(0, space));
    if (space == std::string_view::npos) break;
    key.remove_prefix(space + 1);
  }
  return words;
}

bool person_matches(const std::vector<std::string_view>& label, std::string_view key) {
  const auto words = words_of(key);
  if (words.empty() || label.empty() || words.back() != label.back()) return false;
  if (words.size() == 1) return true;  // a surname alone: the article never gave the full name
  return std::all_of(label.begin(), label.end() - 1, [&](std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  });
}

EntityType type_of(LabelKind kind) {
  switch (kind) {
    case LabelKind::kPeople:
      return EntityType::kPerson;
    case LabelKind::kPlaces:
      return EntityType::kPlace;
    case LabelKind::kOrgs:
      break;
  }
  return EntityType::kOrganisation;
}

}  // namespace

LabelMatch match_label(LabelKind kind, std::string_view label,
                       const std::vector<Entity>& entities) {
  LabelMatch m;
  const std::string folded = fold_name(label);  // '-' becomes a space
  const auto label_words = words_of(folded);
  const std::string key = entity_key(label);
  const std::string first_word_key =
      label_words.empty() ? std::string() : entity_key(label_words.front());
  for (const Entity& e : entities) {
    bool matches;
    if (kind == LabelKind::kPeople)
      matches = person_matches(label_words, e.key);
    else
      matches = e.key == key || (kind == LabelKind::kOrgs &&
                                 (e.key == first_word_key || is_initials_of(key, e.key) ||
                                  is_initials_of(first_word_key, e.key)));
    if (!matches) continue;
    m.as_any_type = true;
    if (e.type == type_of(kind)) m.as_labelled_type = true;
  }
  return m;
}

}  // namespace newsarchive::ner
