// Names the archive already knows, found in text of any language written in Latin script.
//
// The statistical recogniser is trained on English only; run on French or German it makes up
// names. For those languages the indexer instead looks for the names it has already met in
// English news (the committed list ner/names/known-names.tsv and the archive's own facets),
// matched on entity keys (accents, case and punctuation folded, aliases applied), so a name is
// recognised in any Latin-script language exactly as the archive spells its key.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsarchive/common/article.h"
#include "newsarchive/ner/hash_index.h"
#include "newsarchive/ner/recognizer.h"

namespace newsarchive::ner {

// One known name: its archive-wide key (entity_key), its type, in how many articles it was seen
// (what chose it), and the years those articles were published in, the few outlying ones left
// out (0 when unknown): which Bush "Bush" means depends on the year (surnames.h).
struct KnownName {
  std::string key;
  EntityType type = EntityType::kPerson;
  std::size_t articles = 0;
  int first_year = 0;
  int last_year = 0;
};

class KnownNames {
 public:
  // Adds or replaces `name` (its key must already be an entity_key; the alias tables are
  // applied again, so a key written before an alias existed is known under the alias's key).
  // MISC is refused: it is never indexed, and demonyms differ by language.
  void add(KnownName name);
  // Adds every name of `other`, its types winning where both know a key.
  void merge(const KnownNames& other);
  std::size_t size() const { return names_.size(); }
  // Calls f(const KnownName&) for every name, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [key, name] : names_) f(name);
  }
  std::optional<EntityType> type_of(std::string_view key) const;

  // Mentions of known names in `text`, longest match first, left to right, within sentences.
  // A match must start and end with a capitalised word (lower-case connectors such as "de",
  // "von", "of" may sit inside), so the French verb "marche" is never the name "Marche". An
  // elided article before a name ("l'Allemagne", "d'Airbus") is not part of it. A capitalised
  // word that is the last word of a person matched in the same text ("Merkel" after
  // "Angela Merkel") is that person too. With `english_lexicon` (the recogniser's), a lone word
  // that English news capitalises less than half the time is not taken for a name.
  std::vector<Mention> recognize(std::string_view text,
                                 const HashIndex* english_lexicon = nullptr) const;

  // The list as "TYPE<TAB>key<TAB>articles" lines (TYPE is PER, ORG or LOC), sorted by key,
  // followed by "<TAB>first year<TAB>last year" when the years are known.
  void write(std::ostream& out) const;
  // Reads what write() wrote; blank lines and lines starting with '#' are skipped. Throws
  // std::runtime_error naming the file and line when it cannot be read or a line is malformed.
  static KnownNames load(const std::string& path);

 private:
  std::unordered_map<std::string, KnownName> names_;
  std::size_t longest_ = 0;  // most words in a key, to bound the search
};

// Which names an article's entities come from, by its language (ISO 639; empty for the
// archive's default, "und" when it could not be told):
//  - English: the recogniser, which was trained on English news;
//  - undetermined, in an archive whose default is English: the recogniser too (such articles are
//    mostly short English wire items; this is what news-index always did with them);
//  - any other language, or undetermined in another archive, written in Latin script: the known
//    names alone;
//  - any other script (Arabic, Cyrillic, Chinese, ...): none. Nothing would be recognised there,
//    so nothing is claimed.
enum class NameSource { kRecogniser, kKnownNames, kNone };
NameSource name_source(std::string_view language, std::string_view default_language,
                       std::string_view text);

// Whether most of the letters of `text` are Latin (a French, German or Turkish article, not an
// Arabic, Russian or Chinese one). Text without letters is not.
bool written_in_latin_script(std::string_view text);

// The entities of an article in a language the recogniser was not trained for: its known names,
// normalised as extract_entities normalises the recogniser's mentions (with the recogniser's
// lexicon, if given). The title, if any, is a sentence of its own ahead of the body.
std::vector<Entity> extract_known_entities(const KnownNames& names,
                                           const HashIndex* english_lexicon, std::string_view title,
                                           std::string_view body);

}  // namespace newsarchive::ner
