// Acronyms that news defines in the text ("the European Financial Stability Facility (EFSF)"),
// learned from unlabeled news so that "EFSF" and the name it abbreviates are one entity key.
//
// The curated alias table (text/src/entity_aliases.cpp) holds the acronyms everybody knows;
// this finds the hundreds more that a financial archive names both ways: regulators, funds,
// unions and programmes. A definition is the run of capitalised words right before an acronym
// in parentheses whose initials spell it, connectors ("of", "and", "the", "for") allowed
// inside (Schwartz and Hearst's 2003 idea, restricted to initials). An acronym is kept when
// enough articles define it and most of them define it as one name: "FSA" is the British
// Financial Services Authority in 77 % of them and Japan's Financial Services Agency in the
// rest, so it is left out.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsarchive/ner/hash_index.h"

namespace newsarchive::ner {

struct AcronymOptions {
  std::size_t min_articles = 5;  // articles that define the acronym as the chosen name
  double min_share = 0.8;        // of all the articles that define the acronym
  std::size_t min_letters = 3;   // two-letter acronyms (AP, BP) name too many things
  // Articles writing the word capitalised ("Kia"), at most this share of those writing it in
  // capitals ("KIA"); more, and it is a name of its own that the alias would swallow.
  double max_capitalised_share = 0.2;
};

struct LearnedAcronym {
  std::string acronym;   // as written ("EFSF")
  std::string key;       // the acronym's name_key ("efsf")
  std::string name_key;  // the entity key of the name it abbreviates
  std::size_t articles = 0;
  std::size_t defining_articles = 0;  // with any name
};

class AcronymCollector {
 public:
  // Every definition in one article's text; each (acronym, name) counts once per article.
  void add_text(std::string_view text);

  // The acronyms kept, sorted by key. With `lexicon` (the recogniser's), an acronym whose
  // lower-case form is a word English news mostly writes in lower case ("SAFE", "FOCUS") is
  // left out: an entity written that way is more often the word than the acronym.
  std::vector<LearnedAcronym> acronyms(const AcronymOptions& options,
                                       const HashIndex* lexicon = nullptr) const;

 private:
  void count_word_forms(std::string_view text);
  bool is_name_of_its_own(const std::string& key, const AcronymOptions& options) const;

  struct WordForms {
    std::size_t capitals = 0;     // articles writing it "KIA"
    std::size_t capitalised = 0;  // articles writing it "Kia"
  };
  std::unordered_map<std::string, WordForms> forms_;  // by lower-case word
  struct Definitions {
    std::string written;                         // the acronym as first written
    std::map<std::string, std::size_t> by_name;  // name key -> articles
    std::size_t articles = 0;
  };
  std::map<std::string, Definitions> definitions_;  // acronym key -> its definitions
};

// The name an acronym in parentheses abbreviates, if the words right before it spell it:
// `before` is the text up to the opening parenthesis. Empty when they do not.
std::string_view defined_name(std::string_view before, std::string_view acronym);

}  // namespace newsarchive::ner
