// People a news article names by surname alone ("Bernanke said ..."), resolved to the one person
// the archive knows by that surname ("ben bernanke"), so the facet holds one person, not two.
//
// Within an article, normalise() already makes "Bernanke" the "Ben Bernanke" named earlier.
// Across articles only the archive's knowledge can: the names tagged consistently on many
// articles (the committed list of known names and the archive's own facets). A surname is
// resolved only when one person holds most of the articles of everyone the sources know by it:
// "Paulson" is Henry Paulson on 80 % of such articles, "Brown" and "King" are nobody in
// particular and stay as written.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsarchive/common/article.h"
#include "newsarchive/ner/known_names.h"

namespace newsarchive::ner {

struct SurnameOptions {
  // The person must be known from at least this many articles ...
  std::size_t min_articles = 10;
  // ... and hold at least this share of the articles of every known person with the surname.
  double min_share = 0.8;
  // For an article of a known year, only the people named in news within this many years of it
  // count (when the source knows their years): in 1987 "Bush" was George Bush, in 2007 his son,
  // and who is "the" Paulson a decade after the source's news the source cannot say.
  int era_years = 3;
};

class Surnames {
 public:
  // From name sources in order of precedence: the first source that knows any person with a
  // surname decides it alone, so an archive's own people (its Bush of 1987) outweigh the
  // committed list's (the Bush of 2006-2013). A surname that any source knows as an
  // organisation or place ("Washington"), or that the alias tables give another name ("Ford"
  // is Ford Motor), is never resolved.
  static Surnames build(const std::vector<const KnownNames*>& sources,
                        const SurnameOptions& options = {});

  // The key of the person known by `surname` (a one-word entity key) in news of `year` (0 when
  // the article is undated: every person the source knows counts), if there is one.
  std::optional<std::string_view> person(std::string_view surname, int year = 0) const;
  // How many surnames some person is known by on enough articles.
  std::size_t size() const { return people_.size(); }

  // A person the deciding source knows by a surname.
  struct Candidate {
    std::string key;
    std::size_t articles = 0;
    int first_year = 0, last_year = 0;  // 0: not known
  };

 private:
  SurnameOptions options_;
  std::unordered_map<std::string, std::vector<Candidate>> people_;  // surname -> candidates
};

// The surname of a person's key: its last word, or the word before a generational suffix
// ("bill ford jr" -> "ford"); empty for a one-word key or an initial.
std::string_view surname_of(std::string_view key);

// Gives each person entity written by surname alone the key of the person `surnames` knows by
// it in news of `year` (0: undated), the display staying as written (the facet's label prefers
// the full form). An entity whose new key the article already holds is dropped as a duplicate.
void resolve_surnames(std::vector<Entity>& entities, const Surnames& surnames, int year = 0);

}  // namespace newsarchive::ner
