#include "newsarchive/ner/known_names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <unordered_set>

#include "newsarchive/ner/lexicon.h"
#include "newsarchive/ner/normalise.h"
#include "newsarchive/ner/tokenizer.h"
#include "newsarchive/text/entity_key.h"
#include "newsarchive/text/stopwords.h"

namespace newsarchive::ner {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 3> kTypeNames = {
    {{EntityType::kPerson, "PER"},
     {EntityType::kOrganisation, "ORG"},
     {EntityType::kPlace, "LOC"}}};

// Lower-case words a name may hold besides particles: French, Spanish and Italian write the
// adjectives of names in lower case ("Banque centrale européenne", "Réserve fédérale"); a known
// name may end in them when it starts with a capital and its key holds them.
constexpr int kMostLowerCaseWords = 2;

// Lower-case words that sit inside names in the languages of Western European news ("Banco de
// España", "Bank of England", "Standard & Poor's"); a match may hold them but never starts or
// ends with one. A known name next to one of them and another capitalised word is part of a
// longer name the archive does not know ("Santiago" in "Santiago de Compostela", "France" in
// "Stade de France").
bool is_particle(std::string_view word) {
  static const std::unordered_set<std::string_view> kParticles = {
      "&",  "of",  "de", "del", "della", "di",  "da",  "do", "dos",
      "du", "des", "la", "le",  "las",   "los", "van", "for"};
  return kParticles.contains(word);
}

// German particles of names ("Ursula von der Leyen") are also its articles and prepositions
// after capitalised nouns ("die Aktien von Daimler", "der Präsident der Bundesbank"): inside a
// match only.
bool is_inner_particle(std::string_view word) {
  return word == "von" || word == "der" || word == "den" || word == "zu" || word == "für";
}

// Words that join two names as often as they sit inside one ("Procter and Gamble", "Merkel et
// Sarkozy"): inside a match only.
bool is_coordinator(std::string_view word) {
  return word == "and" || word == "et" || word == "y" || word == "e" || word == "und" ||
         word == "-";
}

bool is_joining_word(std::string_view word) {
  return is_inner_particle(word) || is_coordinator(word);
}

// Whether a lone capitalised word is more likely a common word than the name it spells: a
// function word of a Latin-script language ("Las", "Un", "Die" starting a sentence), which
// English news may know as a name ("LAS", "UN"), or a word English news capitalises less than
// half the time (the recogniser's lexicon): a list built from tagged news holds some common
// words, and in another language there is no English context to tell the name from the word.
bool is_common_word(const std::string& folded, const HashIndex* lexicon) {
  static const std::unordered_set<std::string> kFunctionWords = [] {
    std::unordered_set<std::string> words;
    for (const std::string_view language : {"en", "fr", "de", "es", "it", "pt", "nl"})
      for (const std::string_view w : stopwords(language)) words.insert(fold_name(w));
    return words;
  }();
  if (kFunctionWords.contains(folded)) return true;
  if (lexicon == nullptr) return false;
  return mostly_lower_case(*lexicon, folded);
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  std::size_t i = 0;
  UChar32 cp = 0;
  U8_NEXT(s.data(), i, s.size(), cp);
  return cp;
}

bool has_lower_case(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    UChar32 cp = 0;
    U8_NEXT(word.data(), i, word.size(), cp);
    if (cp >= 0 && u_islower(cp)) return true;
  }
  return false;
}

bool capitalised(std::string_view word) {
  const UChar32 cp = first_code_point(word);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

// A token as a piece of a name: its bytes in the text without an elided article ("l'", "d'",
// "dell'"), and whether it can start or end a name.
struct NameWord {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool capitalised = false;
  bool all_capitals = false;  // "UN", "USA": an acronym, not a sentence's first word
  bool particle = false;
  bool inner = false;              // a coordinator or German particle: inside a match only
  bool lower_case = false;         // a word in lower case ("européenne" in "Union européenne")
  bool possessive = false;         // "'s", which "Standard & Poor's" and "Moody's" own
  std::size_t sentence_begin = 0;  // the first word of its sentence
  std::size_t sentence_end = 0;    // one past the last word of its sentence
};

// Bytes of an elided article at the start of `token`: 1-4 lower-case ASCII letters and an
// apostrophe (as written: ' or a typographic one) before a capital.
std::size_t elision_bytes(const Token& token, std::string_view text) {
  const std::size_t apostrophe = token.text.find('\'');
  if (apostrophe == std::string::npos || apostrophe == 0 || apostrophe > 4) return 0;
  const std::string_view head = std::string_view(token.text).substr(0, apostrophe);
  if (!std::all_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return 0;
  if (!capitalised(std::string_view(token.text).substr(apostrophe + 1))) return 0;
  std::size_t at = token.begin + apostrophe;
  UChar32 cp = 0;
  U8_NEXT(text.data(), at, token.end, cp);  // the apostrophe as written, one to three bytes
  return at - token.begin;
}

NameWord name_word(const Token& token, std::string_view text) {
  NameWord w;
  w.begin = token.begin + elision_bytes(token, text);
  w.end = token.end;
  const std::string_view written = text.substr(w.begin, w.end - w.begin);
  w.capitalised = capitalised(written);
  w.all_capitals = w.capitalised && !has_lower_case(written);
  w.particle = is_particle(token.text);
  w.inner = is_joining_word(token.text);
  const UChar32 first = first_code_point(written);
  w.lower_case = first >= 0 && u_islower(first);
  w.possessive = token.text == "'s";
  return w;
}

std::vector<NameWord> name_words(std::string_view text) {
  const TokenizedText tokenized = tokenize(text);
  std::vector<NameWord> words;
  words.reserve(tokenized.tokens.size());
  for (const Token& t : tokenized.tokens) words.push_back(name_word(t, text));
  for (const SentenceRange& s : tokenized.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      words[i].sentence_begin = s.first;
      words[i].sentence_end = s.last;
    }
  }
  return words;
}

// Whether the words from `at` go on with a name: a capitalised word, or a particle and one.
bool name_goes_on(const std::vector<NameWord>& words, std::size_t at) {
  const std::size_t stop = words[at - 1].sentence_end;
  if (at >= stop) return false;
  if (words[at].capitalised) return true;
  return words[at].particle && at + 1 < stop && words[at + 1].capitalised;
}

// Whether the words before `at` hold a name and a particle: "France" in "Stade de France" is the
// end of a longer name. (A capitalised word alone before it is not enough: German capitalises
// every noun, "Bundeskanzlerin Angela Merkel".)
bool name_comes_before(const std::vector<NameWord>& words, std::size_t at) {
  return at >= words[at].sentence_begin + 2 && words[at - 1].particle && words[at - 2].capitalised;
}

// Whether words [first, end) can be a name: capitalised at both ends (or ending in "'s"), not a
// lone common word, and not part of a longer name.
bool can_be_name(const std::vector<NameWord>& words, std::size_t first, std::size_t end,
                 std::string_view text, const HashIndex* lexicon) {
  const NameWord& last = words[end - 1];
  const bool several = end - first > 1;
  if (!last.capitalised && !(several && (last.possessive || last.lower_case))) return false;
  if (end - first == 1 && !last.all_capitals &&
      is_common_word(fold_name(text.substr(last.begin, last.end - last.begin)), lexicon))
    return false;
  return !name_goes_on(words, end) && !name_comes_before(words, first);
}

// The longest known name starting at word `first`: the number of words it spans (0 when none)
// and its type.
std::pair<std::size_t, EntityType> longest_known(const std::vector<NameWord>& words,
                                                 std::size_t first, std::size_t longest,
                                                 std::string_view text, const KnownNames& names,
                                                 const HashIndex* lexicon) {
  const std::size_t stop = words[first].sentence_end;
  std::size_t end = first + 1;
  for (int lower = 0; end < stop && end - first < longest; ++end) {
    const NameWord& w = words[end];
    const bool joins = w.particle || w.inner || w.possessive;
    if (!w.capitalised && !joins && !(w.lower_case && ++lower <= kMostLowerCaseWords)) break;
  }
  const auto key_of = [&](std::size_t to) {
    return entity_key(text.substr(words[first].begin, words[to - 1].end - words[first].begin));
  };
  for (; end > first; --end) {
    if (!can_be_name(words, first, end, text, lexicon)) continue;
    const std::string key = key_of(end);
    // A lower-case last word must be part of the name, not a word its key drops ("OPEP se
    // reunirá": "se" would be read as the company form SE).
    if (words[end - 1].lower_case && key == key_of(end - 1)) continue;
    if (const auto type = names.type_of(key)) return {end - first, *type};
  }
  return {0, EntityType::kPerson};
}

Mention make_mention(EntityType type, std::size_t begin, std::size_t end, std::string_view text) {
  return Mention{type, begin, end, std::string(text.substr(begin, end - begin))};
}

// Capitalised words not inside a match that are the last word of a matched person's key.
void add_surnames(const std::vector<NameWord>& words, const std::vector<bool>& matched,
                  std::string_view text, const HashIndex* lexicon, std::vector<Mention>& mentions) {
  std::unordered_set<std::string> surnames;
  for (const Mention& m : mentions) {
    if (m.type != EntityType::kPerson) continue;
    const std::string key = entity_key(m.text);
    const std::size_t space = key.rfind(' ');
    if (space != std::string::npos) surnames.insert(key.substr(space + 1));
  }
  if (surnames.empty()) return;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const NameWord& w = words[i];
    if (matched[i] || !can_be_name(words, i, i + 1, text, lexicon)) continue;
    if (surnames.contains(fold_name(text.substr(w.begin, w.end - w.begin))))
      mentions.push_back(make_mention(EntityType::kPerson, w.begin, w.end, text));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

std::string_view type_name(EntityType type) {
  for (const auto& [t, name] : kTypeNames)
    if (t == type) return name;
  return "MISC";
}

// A non-negative decimal number that is the whole of `field`.
template <typename Number>
bool parse_number(std::string_view field, Number& out) {
  if (field.empty() || field.front() == '-') return false;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), out);
  return error == std::errc() && end == field.data() + field.size();
}

// One line of the list: TYPE, key, articles and, when known, the first and last year.
std::optional<KnownName> parse_line(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (fields.size() != 3 && fields.size() != 5) return std::nullopt;
  const auto type = std::find_if(kTypeNames.begin(), kTypeNames.end(),
                                 [&](const auto& t) { return t.second == fields[0]; });
  KnownName name{std::string(fields[1]), EntityType::kPerson, 0, 0, 0};
  if (type == kTypeNames.end() || name.key.empty() || !parse_number(fields[2], name.articles))
    return std::nullopt;
  name.type = type->first;
  if (fields.size() == 5 &&
      !(parse_number(fields[3], name.first_year) && parse_number(fields[4], name.last_year) &&
        name.first_year <= name.last_year))
    return std::nullopt;
  return name;
}

}  // namespace

void KnownNames::add(KnownName name) {
  if (name.type == EntityType::kMisc || name.key.empty()) return;
  // A list or an archive written before an alias existed holds the alias's own key ("cftc"
  // before the learned acronyms): the name is known under the key the tables give it now.
  name.key = std::string(canonical_key(name.key));
  longest_ = std::max<std::size_t>(longest_, 1 + std::count(name.key.begin(), name.key.end(), ' '));
  std::string key = name.key;
  names_.insert_or_assign(std::move(key), std::move(name));
}

void KnownNames::merge(const KnownNames& other) {
  for (const auto& [key, name] : other.names_) add(name);
}

std::optional<EntityType> KnownNames::type_of(std::string_view key) const {
  const auto it = names_.find(std::string(key));
  if (it == names_.end()) return std::nullopt;
  return it->second.type;
}

std::vector<Mention> KnownNames::recognize(std::string_view text, const HashIndex* lexicon) const {
  std::vector<Mention> mentions;
  if (names_.empty()) return mentions;
  const std::vector<NameWord> words = name_words(text);
  std::vector<bool> matched(words.size(), false);
  // A name's written form may take a word or two more than its key ("Nestlé SA", "the").
  const std::size_t longest = longest_ + 2;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].capitalised) continue;
    const auto [length, type] = longest_known(words, i, longest, text, *this, lexicon);
    if (length == 0) continue;
    mentions.push_back(make_mention(type, words[i].begin, words[i + length - 1].end, text));
    std::fill_n(matched.begin() + static_cast<std::ptrdiff_t>(i), length, true);
    i += length - 1;
  }
  add_surnames(words, matched, text, lexicon, mentions);
  return mentions;
}

void KnownNames::write(std::ostream& out) const {
  std::vector<const KnownName*> sorted;
  sorted.reserve(names_.size());
  for (const auto& [key, name] : names_) sorted.push_back(&name);
  std::sort(sorted.begin(), sorted.end(),
            [](const KnownName* a, const KnownName* b) { return a->key < b->key; });
  for (const KnownName* n : sorted) {
    out << type_name(n->type) << '\t' << n->key << '\t' << n->articles;
    if (n->first_year != 0) out << '\t' << n->first_year << '\t' << n->last_year;
    out << '\n';
  }
}

KnownNames KnownNames::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open the list of known names");
  std::vector<KnownName> read;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') continue;
    auto name = parse_line(line);
    if (!name)
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": expected TYPE<TAB>key<TAB>articles[<TAB>first year<TAB>last "
                               "year] with TYPE PER, ORG or LOC");
    read.push_back(std::move(*name));
  }
  // Where two lines are one name under today's aliases ("cftc" and "commodity futures trading
  // commission"), the one seen on more articles is added last and wins.
  std::stable_sort(read.begin(), read.end(),
                   [](const KnownName& a, const KnownName& b) { return a.articles < b.articles; });
  KnownNames names;
  for (KnownName& name : read) names.add(std::move(name));
  return names;
}

bool written_in_latin_script(std::string_view text) {
  std::size_t latin = 0;
  std::size_t other = 0;
  for (std::size_t i = 0; i < text.size();) {
    UChar32 cp = 0;
    U8_NEXT(text.data(), i, text.size(), cp);
    if (cp < 0 || !u_isalpha(cp)) continue;
    UErrorCode status = U_ZERO_ERROR;
    ++(uscript_getScript(cp, &status) == USCRIPT_LATIN ? latin : other);
  }
  return latin > other;
}

NameSource name_source(std::string_view language, std::string_view default_language,
                       std::string_view text) {
  const std::string_view stated = language.empty() ? default_language : language;
  if (stated == "en" || (stated == "und" && default_language == "en"))
    return NameSource::kRecogniser;
  return written_in_latin_script(text) ? NameSource::kKnownNames : NameSource::kNone;
}

std::vector<Entity> extract_known_entities(const KnownNames& names, const HashIndex* lexicon,
                                           std::string_view title, std::string_view body) {
  std::string text;
  text.reserve(title.size() + body.size() + 2);
  text.append(title);
  if (!title.empty()) text.append("\n\n");  // the title is a sentence of its own
  text.append(body);
  return normalise(text, names.recognize(text, lexicon), lexicon);
}

}  // namespace newsarchive::ner
