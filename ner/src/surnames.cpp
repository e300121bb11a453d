#include "newsarchive/ner/surnames.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "newsarchive/text/entity_key.h"

namespace newsarchive::ner {
namespace {

bool is_generational_suffix(std::string_view word) {
  return word == "jr" || word == "sr" || word == "ii" || word == "iii" || word == "iv";
}

// A person one source knows, as a candidate for the surname of their key.
struct Candidate {
  std::string key;
  std::size_t articles = 0;
};
using Candidates = std::map<std::string, std::vector<Candidate>, std::less<>>;

struct SourceIndex {
  Candidates people;                            // surname -> people with it
  std::unordered_set<std::string> other_types;  // one-word keys known as organisation or place
};

SourceIndex index_source(const KnownNames& names) {
  SourceIndex index;
  names.for_each([&](const KnownName& name) {
    if (name.type != EntityType::kPerson) {
      if (name.key.find(' ') == std::string::npos) index.other_types.insert(name.key);
      return;
    }
    const std::string_view surname = surname_of(name.key);
    if (!surname.empty())
      index.people[std::string(surname)].push_back(Candidate{name.key, name.articles});
  });
  return index;
}

// The person holding enough of the surname's articles, if any. Ties go to the smaller key, so
// the choice does not depend on the order the names were read in.
std::optional<std::string> dominant_person(const std::vector<Candidate>& people,
                                           const SurnameOptions& options) {
  std::size_t total = 0;
  for (const Candidate& c : people) total += c.articles;
  const auto best =
      std::min_element(people.begin(), people.end(), [](const auto& a, const auto& b) {
        return a.articles != b.articles ? a.articles > b.articles : a.key < b.key;
      });
  if (best->articles < options.min_articles ||
      double(best->articles) < options.min_share * double(total))
    return std::nullopt;
  return best->key;
}

}  // namespace

std::string_view surname_of(std::string_view key) {
  std::size_t space = key.rfind(' ');
  if (space == std::string_view::npos) return {};
  std::string_view last = key.substr(space + 1);
  if (is_generational_suffix(last)) {
    key = key.substr(0, space);
    space = key.rfind(' ');
    if (space == std::string_view::npos) return {};
    last = key.substr(space + 1);
  }
  return last.size() < 2 ? std::string_view{} : last;
}

Surnames Surnames::build(const std::vector<const KnownNames*>& sources,
                         const SurnameOptions& options) {
  std::vector<SourceIndex> indexes;
  for (const KnownNames* source : sources)
    if (source != nullptr) indexes.push_back(index_source(*source));
  std::unordered_set<std::string> decided;
  Surnames surnames;
  for (const SourceIndex& index : indexes) {
    for (const auto& entry : index.people) {
      const std::string& surname = entry.first;
      if (!decided.insert(surname).second) continue;  // an earlier source knows people by it
      const bool other_type = std::any_of(indexes.begin(), indexes.end(), [&](const auto& i) {
        return i.other_types.contains(surname);
      });
      // An alias of another name ("ford" is Ford Motor's) is never a person's surname alone.
      if (other_type || canonical_key(surname) != surname) continue;
      if (auto person = dominant_person(entry.second, options))
        surnames.people_.emplace(surname, std::move(*person));
    }
  }
  return surnames;
}

std::optional<std::string_view> Surnames::person(std::string_view surname) const {
  const auto it = people_.find(std::string(surname));
  if (it == people_.end()) return std::nullopt;
  return it->second;
}

void resolve_surnames(std::vector<Entity>& entities, const Surnames& surnames) {
  if (surnames.size() == 0) return;
  std::unordered_set<std::string> keys;
  for (const Entity& e : entities) keys.insert(e.key);
  std::vector<Entity> resolved;
  resolved.reserve(entities.size());
  for (Entity& e : entities) {
    if (e.type == EntityType::kPerson && e.key.find(' ') == std::string::npos) {
      if (const auto person = surnames.person(e.key)) {
        if (keys.contains(std::string(*person))) continue;  // the article names them in full
        e.key = std::string(*person);
        keys.insert(e.key);
      }
    }
    resolved.push_back(std::move(e));
  }
  entities = std::move(resolved);
}

}  // namespace newsarchive::ner
