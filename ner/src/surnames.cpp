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

using Candidate = Surnames::Candidate;
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
      index.people[std::string(surname)].push_back(
          Candidate{name.key, name.articles, name.first_year, name.last_year});
  });
  return index;
}

// Whether news of `year` (0: undated) may mean `c`: the source's news named them within the
// era's reach of it, or the source does not know when.
bool of_the_era(const Candidate& c, int year, const SurnameOptions& options) {
  if (year == 0 || c.first_year == 0) return true;
  return c.first_year - options.era_years <= year && year <= c.last_year + options.era_years;
}

// The person of the era holding enough of the era's articles with the surname, if any. Ties go
// to the smaller key, so the choice does not depend on the order the names were read in.
const Candidate* dominant_person(const std::vector<Candidate>& people, int year,
                                 const SurnameOptions& options) {
  std::size_t total = 0;
  const Candidate* best = nullptr;
  for (const Candidate& c : people) {
    if (!of_the_era(c, year, options)) continue;
    total += c.articles;
    if (best == nullptr || c.articles > best->articles ||
        (c.articles == best->articles && c.key < best->key))
      best = &c;
  }
  if (best == nullptr || best->articles < options.min_articles ||
      double(best->articles) < options.min_share * double(total))
    return nullptr;
  return best;
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
  surnames.options_ = options;
  for (const SourceIndex& index : indexes) {
    for (const auto& entry : index.people) {
      const std::string& surname = entry.first;
      if (!decided.insert(surname).second) continue;  // an earlier source knows people by it
      const bool other_type = std::any_of(indexes.begin(), indexes.end(), [&](const auto& i) {
        return i.other_types.contains(surname);
      });
      // An alias of another name ("ford" is Ford Motor's) is never a person's surname alone.
      if (other_type || canonical_key(surname) != surname) continue;
      // Who holds it depends on the article's year (person()); nobody can with too few articles.
      const bool enough = std::any_of(entry.second.begin(), entry.second.end(), [&](const auto& c) {
        return c.articles >= options.min_articles;
      });
      if (enough) surnames.people_.emplace(surname, entry.second);
    }
  }
  return surnames;
}

std::optional<std::string_view> Surnames::person(std::string_view surname, int year) const {
  const auto it = people_.find(std::string(surname));
  if (it == people_.end()) return std::nullopt;
  const Candidate* person = dominant_person(it->second, year, options_);
  if (person == nullptr) return std::nullopt;
  return person->key;
}

void resolve_surnames(std::vector<Entity>& entities, const Surnames& surnames, int year) {
  if (surnames.size() == 0) return;
  std::unordered_set<std::string> keys;
  for (const Entity& e : entities) keys.insert(e.key);
  std::vector<Entity> resolved;
  resolved.reserve(entities.size());
  for (Entity& e : entities) {
    if (e.type == EntityType::kPerson && e.key.find(' ') == std::string::npos) {
      if (const auto person = surnames.person(e.key, year)) {
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
