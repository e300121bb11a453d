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
//
// Instrument codes define short names too: "American International Group Inc ( AIG.N )" and,
// further down, "AIG". A code's letters are learned as the company's short name when the name
// before the code (with or without its legal form) spells them, as above, and when the articles
// that write the letters alone mostly give the code as well: the 232 financial articles that write
// "AIA" alone never give Auckland International Airport's code, AIA.NZ.
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
  // Of the articles writing an instrument code's letters alone ("AIG"), at least this share
  // also give the code ("AIG.N"), and at least min_articles write them alone at all. News gives
  // a company's code where a story first names it (AIG 41 %, RBS 33 %, UPS 68 % of the
  // articles writing the letters); letters written mostly without it are another name (the
  // ADP employment report 1 %, FBR 1 %, NAB 18 %).
  double min_code_share = 0.3;
  // Likewise, of the articles writing letters alone ("MHI"), at least this share also spell
  // them in capitalised words elsewhere in the text ("Mitsubishi Heavy Industries"), with no
  // parentheses or code: how news names a company it calls by its initials ever after.
  double min_named_share = 0.3;
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
  void count_ampersand_forms(std::string_view text);
  void add_codes(std::string_view text,
                 const std::map<std::string, std::string_view>& letters_alone);
  void add_names_in_text(std::string_view text,
                         const std::map<std::string, std::string_view>& letters_alone);
  bool is_name_of_its_own(const std::string& key, const AcronymOptions& options) const;
  bool named_otherwise(const std::string& key, const AcronymOptions& options) const;
  bool passes_word_checks(const std::string& key, const AcronymOptions& options,
                          const HashIndex* lexicon) const;

  struct WordForms {
    std::size_t capitals = 0;     // articles writing it "KIA"
    std::size_t capitalised = 0;  // articles writing it "Kia"
  };
  std::unordered_map<std::string, WordForms> forms_;                 // by lower-case word
  std::unordered_map<std::string, std::size_t> ampersand_articles_;  // "AT&T" by key "att"
  struct Definitions {
    std::string written;                         // the acronym as first written
    std::map<std::string, std::size_t> by_name;  // name key -> articles
    std::size_t articles = 0;
  };
  struct Definition {  // one found in an article's text
    std::string written;
    std::string key;
    std::string name_key;
  };
  static void record(const std::vector<Definition>& found,
                     std::map<std::string, Definitions>& into);
  std::map<std::string, Definitions> definitions_;       // acronym key -> its definitions
  std::map<std::string, Definitions> code_definitions_;  // code letters' key -> company names
  struct LetterUse {
    std::size_t alone = 0;   // articles writing the letters alone ("AIG")
    std::size_t backed = 0;  // ... that also give their evidence (the code "AIG.N", or the name)
  };
  std::unordered_map<std::string, LetterUse> code_use_;   // by the letters' key
  std::map<std::string, Definitions> named_definitions_;  // letters' key -> names in the text
  std::unordered_map<std::string, LetterUse> named_use_;  // by the letters' key
  void learn_letters(const std::map<std::string, Definitions>& definitions,
                     const std::unordered_map<std::string, LetterUse>& uses, double min_share,
                     const AcronymOptions& options, const HashIndex* lexicon,
                     std::map<std::string, LearnedAcronym>& out) const;
};

// The name an acronym in parentheses abbreviates, if the words right before it spell it:
// `before` is the text up to the opening parenthesis. Empty when they do not.
std::string_view defined_name(std::string_view before, std::string_view acronym);

// Whether `letters` (a key of three to six letters: "mhi") are the initials of the words of
// the key `name` ("mitsubishi heavy industries"), with or without the connectors a name may
// hold ("of", "and", ...: "boa" for "bank of america", "fao" for "food and agriculture
// organization").
bool is_initials_of(std::string_view letters, std::string_view name);

// The letters of the instrument code in brackets at `open` ("( AIG.N )", "(IBM.N)", "<IBM>"):
// 3 to 6 capitals, with an exchange suffix inside parentheses. Empty when there is none.
std::string_view code_letters_at(std::string_view text, std::size_t open);

}  // namespace newsarchive::ner
