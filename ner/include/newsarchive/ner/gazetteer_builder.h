// Builds the gazetteer (gazetteer.h) from data that needs no new labels: Reuters-21578's
// category lists, ISO 3166 country and subdivision names, WordNet's named people, places and
// groups, and company names that news
// writes beside an instrument code ("Intel Corp (INTC.O)", 1987's "Intel Corp <INTC>"),
// a free distant supervision for organisation names and their short forms.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ner/gazetteer.h"
#include "newsarchive/ner/recognizer.h"

namespace newsarchive::ner {

// A name as the tagger's tokenizer cuts it, tokens joined by one space.
std::string tokenized_phrase(std::string_view text);

// all-people-strings.lc.txt (person), all-orgs (organisation), all-places (place) and
// all-exchanges (exchange) of a Reuters-21578 directory; hyphens become spaces.
std::vector<GazetteerEntry> reuters21578_list_entries(const std::string& reuters_dir);

// Country names (name, common and official names) of iso_3166-1.json as places, and
// subdivision names of iso_3166-2.json, from Debian's iso-codes directory.
std::vector<GazetteerEntry> iso_3166_entries(const std::string& iso_codes_json_dir);

// Names in WordNet's nouns (data.noun of Debian's wordnet-base): named people and places
// (instances: "Milan", "Newcastle", "Einstein", "Danube") and capitalised groups
// ("Red Cross", "Hezbollah"), added to the lists kPerson, kPlace and kOrganisation.
std::vector<GazetteerEntry> wordnet_entries(const std::string& wordnet_dir);

// The words and phrases WordNet spells in lower case (its common nouns, verbs, adjectives and
// adverbs: "reading", "bath", "mobile"), for leaving out names that are also everyday words.
std::set<std::string> wordnet_common_words(const std::string& wordnet_dir);

// The instrument code in the brackets at `open` (a '(' or '<' of `text`): "INTC.O",
// "DBKGn.DE", "7203.T" inside parentheses, "INTC" inside <...>; empty when there is none.
std::string_view ticker_at(std::string_view text, std::size_t open);

// The company name before each instrument code in news text. A name is the run of
// capitalised words (with `&`, `of`, `'s`, ... inside) before the code; since a run may
// start with other words ("Shares of Intel Corp"), a ticker's name is the longest run end
// that at least a third of its mentions (and min_count of them) share.
class CompanyNameCollector {
 public:
  void add_text(std::string_view utf8_text);

  // Company names, and their short forms without legal form (list kCompanyShort). A name
  // never starts with words of `place_words` and a possessive ("Russia 's Norilsk Nickel").
  std::vector<GazetteerEntry> entries(std::uint32_t min_count,
                                      const std::set<std::string>& place_words = {}) const;

  std::size_t ticker_count() const { return candidates_.size(); }

 private:
  void add_mention(std::string_view ticker, std::string_view before);

  using Words = std::vector<std::string>;
  std::map<std::string, std::map<Words, std::uint32_t>> candidates_;  // ticker -> runs
};

// Archive-level label propagation: the names a recogniser tags in the unlabeled news, kept
// when tagged often enough and nearly always with the same type (lists kTagged*).
class TaggedNameCounter {
 public:
  explicit TaggedNameCounter(const Recognizer& recognizer) : recognizer_(recognizer) {}

  void add_text(std::string_view utf8_text);

  // Names tagged at least `min_count` times, `min_share` of them with one type.
  std::vector<GazetteerEntry> entries(std::uint32_t min_count, double min_share) const;

 private:
  const Recognizer& recognizer_;
  std::map<std::string, std::array<std::uint32_t, 4>> counts_;  // by EntityType
};

// The name without trailing legal forms ("Toyota Motor Corp" -> "Toyota Motor"); empty if
// nothing else is left.
std::vector<std::string> without_legal_form(std::vector<std::string> words);

}  // namespace newsarchive::ner
