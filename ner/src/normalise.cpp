#include "newsarchive/ner/normalise.h"

#include <algorithm>
#include <array>
#include <map>

#include "newsarchive/ner/acronyms.h"
#include "newsarchive/ner/features.h"
#include "newsarchive/ner/gazetteer.h"
#include "newsarchive/ner/hashing.h"
#include "newsarchive/ner/lexicon.h"
#include "newsarchive/ner/tokenizer.h"
#include "newsarchive/text/calendar_names.h"
#include "organisation_rules.h"

namespace newsarchive::ner {
namespace {

// Titles and honorifics that precede a name but are not part of it (compared as keys).
constexpr std::array<std::string_view, 78> kTitles = {"ayatollah",
                                                      "grand ayatollah",
                                                      "president",
                                                      "vice president",
                                                      "president elect",
                                                      "prime minister",
                                                      "deputy prime minister",
                                                      "foreign minister",
                                                      "defence minister",
                                                      "defense minister",
                                                      "finance minister",
                                                      "interior minister",
                                                      "minister",
                                                      "mr",
                                                      "mrs",
                                                      "ms",
                                                      "miss",
                                                      "dr",
                                                      "prof",
                                                      "professor",
                                                      "sir",
                                                      "dame",
                                                      "lord",
                                                      "lady",
                                                      "king",
                                                      "queen",
                                                      "prince",
                                                      "princess",
                                                      "crown prince",
                                                      "sheikh",
                                                      "sheik",
                                                      "emir",
                                                      "sultan",
                                                      "pope",
                                                      "cardinal",
                                                      "archbishop",
                                                      "bishop",
                                                      "rabbi",
                                                      "imam",
                                                      "rev",
                                                      "reverend",
                                                      "father",
                                                      "general",
                                                      "gen",
                                                      "lt",
                                                      "lieutenant",
                                                      "colonel",
                                                      "col",
                                                      "major",
                                                      "maj",
                                                      "captain",
                                                      "capt",
                                                      "sgt",
                                                      "sergeant",
                                                      "admiral",
                                                      "adm",
                                                      "commander",
                                                      "senator",
                                                      "sen",
                                                      "rep",
                                                      "representative",
                                                      "congressman",
                                                      "congresswoman",
                                                      "governor",
                                                      "gov",
                                                      "mayor",
                                                      "judge",
                                                      "justice",
                                                      "chancellor",
                                                      "secretary",
                                                      "secretary of state",
                                                      "chairman",
                                                      "chairwoman",
                                                      "chief executive",
                                                      "supreme leader",
                                                      "ambassador",
                                                      "speaker",
                                                      "saint"};

// Words that are never a name on their own, whatever the tagger says: determiners,
// pronouns, months and weekdays (text/calendar_names.h), and function words that start
// sentences.
constexpr auto kJunkWords = std::to_array<std::string_view>(
    {"the",       "a",        "an",   "this", "that", "these", "those", "he",    "she",   "it",
     "they",      "we",       "i",    "you",  "his",  "her",   "its",   "their", "our",   "my",
     "your",      "him",      "them", "me",   "who",  "what",  "which", "there", "here",  "today",
     "yesterday", "tomorrow", "but",  "and",  "or",   "if",    "when",  "while", "after", "before",
     "in",        "on",       "at",   "for",  "with", "as"});

bool contains(const auto& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool is_junk_word(std::string_view key) {
  return contains(kJunkWords, key) || text::month_number(key) != 0 ||
         contains(text::kWeekdayNames, key);
}

// A mention cut down to the name proper.
struct CleanMention {
  int type;  // EntityType as int, for voting
  std::string display;
  std::string key;
  std::vector<std::string> words;  // keys of the name's words, for short-form matching
  bool all_caps = false;           // written in capitals, as wire headlines are
};

bool is_possessive_or_punct(const std::string& t) {
  return t == "'s" || t == "'" || t == "'S" || cap_class(t) == CapClass::kNoLetters;
}

// Names whose "'s" is their own, not a possessive: "Standard & Poor's" is the agency's name,
// "Standard & Poor" is nobody's (keys of the name with its "s").
constexpr auto kOwnPossessives = std::to_array<std::string_view>(
    {"standard poors", "moodys", "mcdonalds", "sainsburys", "macys", "kelloggs", "lowes",
     "dillards", "wendys", "dennys", "lloyds", "christies", "sothebys", "hellmanns"});

bool owns_its_s(std::string_view name) {
  return contains(kOwnPossessives, name_key(std::string(name) + "'s"));
}

// The tagger ends "Standard & Poor's" before its "'s", as it ends every possessive: a name that
// owns its "'s" gets it back.
Mention with_own_possessive(std::string_view text, Mention m) {
  for (const std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (m.end > text.size() || !text.substr(m.end).starts_with(s) || !owns_its_s(m.text)) continue;
    m.text += s;
    m.end += s.size();
    break;
  }
  return m;
}

// A Reuters instrument code written right after a company's name without brackets ("ABN Amro
// AAH.AS", "Kohlberg Kravis Roberts KKR.UL", "DaimlerChrysler DCXGn.DE", "Kookmin Bank
// 060000.KS"): two to eight capitals or digits, the last of which may be a lower-case share
// class, a full stop, and an exchange of one to three capitals. It is no part of the name.
bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

bool is_instrument_code(std::string_view token) {
  const std::size_t dot = token.rfind('.');
  if (dot == std::string_view::npos || dot < 2 || dot > 8) return false;
  const std::string_view exchange = token.substr(dot + 1);
  if (exchange.empty() || exchange.size() > 3 ||
      !std::all_of(exchange.begin(), exchange.end(), is_capital))
    return false;
  std::string_view letters = token.substr(0, dot);
  if (letters.back() >= 'a' && letters.back() <= 'z') letters.remove_suffix(1);
  return letters.size() >= 2 && std::all_of(letters.begin(), letters.end(), [](char c) {
           return is_capital(c) || (c >= '0' && c <= '9');
         });
}

// Drops trailing possessives, punctuation and instrument codes from tokens [first, last), but
// keeps the "'s" of a name that owns it.
std::size_t name_end(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  std::size_t end = last;
  while (end > first &&
         (is_possessive_or_punct(tokens[end - 1].text) || is_instrument_code(tokens[end - 1].text)))
    --end;
  if (end < last && end > first && (tokens[end].text == "'s" || tokens[end].text == "'S")) {
    std::string name;
    for (std::size_t k = first; k < end; ++k) name += (k == first ? "" : " ") + tokens[k].text;
    if (owns_its_s(name)) return end + 1;
  }
  return end;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Number of leading tokens that form a title ("Prime Minister"), or 0.
std::size_t title_length(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::size_t best = 0;
  std::string phrase;
  for (std::size_t k = from; k < to && k < from + 3; ++k) {
    if (!phrase.empty()) phrase.push_back(' ');
    phrase += fold_name(tokens[k].text);
    if (contains(kTitles, phrase)) best = k + 1 - from;
  }
  return best;
}

bool clean(const Mention& m, const HashIndex* lexicon, CleanMention& out) {
  const TokenizedText t = tokenize(m.text, false);
  std::size_t first = 0;
  std::size_t last = t.tokens.size();
  last = name_end(t.tokens, first, last);
  while (first < last && cap_class(t.tokens[first].text) == CapClass::kNoLetters) ++first;
  if (first < last && fold_name(t.tokens[first].text) == "the") ++first;
  // Titles are dropped from people's names; a mention that is only a title is dropped.
  if (m.type == EntityType::kPerson) {
    while (first < last) {
      const std::size_t n = title_length(t.tokens, first, last);
      if (n == 0) break;
      first += n;
    }
    // An abbreviation's full stop ("Dr.") stays attached to the title token.
  }
  if (first >= last) return false;

  out.words.clear();
  out.all_caps = true;
  bool has_capital_or_digit = false;
  bool all_junk = true;
  for (std::size_t k = first; k < last; ++k) {
    const std::string& w = t.tokens[k].text;
    const CapClass c = cap_class(w);
    if (c == CapClass::kInitialCap || c == CapClass::kAllCaps) has_capital_or_digit = true;
    if (c != CapClass::kAllCaps && c != CapClass::kNoLetters) out.all_caps = false;
    if (c == CapClass::kNoLetters && std::any_of(w.begin(), w.end(), ::isdigit)) {
      has_capital_or_digit = true;
    }
    std::string key = fold_name(w);
    // "US" is a country even though "us" is a pronoun: capitals make it a name.
    if (!(is_junk_word(key) && c != CapClass::kAllCaps) && c != CapClass::kNoLetters) {
      all_junk = false;
    }
    if (!key.empty()) out.words.push_back(std::move(key));
  }
  if (!has_capital_or_digit || all_junk || out.words.empty()) return false;

  // A lone word that news writes in lower case nearly always ("Nonetheless", "Hints")
  // is a sentence-initial common word the tagger mistook for a name.
  if (lexicon != nullptr && last - first == 1) {
    const WordInfo info = lookup_word(*lexicon, lexicon_key(lower_word(t.tokens[first].text)));
    if (info.cap_bucket != 0 && info.cap_bucket <= 3) return false;
  }

  const std::size_t begin = t.tokens[first].begin;
  const std::size_t end = t.tokens[last - 1].end;
  out.display = collapse_spaces(std::string_view(m.text).substr(begin, end - begin));
  out.key = entity_key(out.display);
  out.type = static_cast<int>(m.type);
  if (out.words.size() >= 2 && is_organisation_head(out.words.back())) {
    out.type = static_cast<int>(EntityType::kOrganisation);
  }
  return !out.key.empty() && out.key.size() >= 2;
}

// Whether `shorter` is how an article refers back to `longer`: its final words
// ("Khamenei" for "Ali Khamenei", "Hage Ali" for "Mohanad Hage Ali").
bool is_short_form(const std::vector<std::string>& shorter,
                   const std::vector<std::string>& longer) {
  if (shorter.size() >= longer.size()) return false;
  return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

// Whether `start` is how a headline in capitals names `full`: its first words
// ("RED LION INNS" for "Red Lion Inns Limited Partnership").
bool is_headline_form(const CleanMention& start, const CleanMention& full) {
  if (!start.all_caps || full.all_caps || start.words.size() < 2 ||
      start.words.size() >= full.words.size())
    return false;
  return std::equal(start.words.begin(), start.words.end(), full.words.begin());
}

// Whether `letters` is how the article calls the organisation `full` after spelling it out:
// three to six capitals that are the initials of the full name's key, with or without its
// connectors ("MHI" for "Mitsubishi Heavy Industries Ltd", "BOA" for "Bank of
// America"). Letters the alias tables already resolve are left to them ("US").
bool spells_out(const CleanMention& letters, const CleanMention& full) {
  const std::string& written = letters.display;
  return letters.words.size() == 1 && full.words.size() >= 2 && !full.all_caps &&
         full.type == static_cast<int>(EntityType::kOrganisation) &&
         std::all_of(written.begin(), written.end(), is_capital) &&
         is_initials_of(letters.key, full.key) && letters.key == name_key(written);
}

// Whether the gazetteer's company lists hold `word` whole: "UBS" of "UBS AG", "Apple" of
// "Apple Inc" name a company by themselves; "Goldman" of "Goldman Sachs Group Inc" does not.
bool is_company_of_its_own(std::string_view word, const HashIndex* gazetteer) {
  if (gazetteer == nullptr) return false;
  const std::uint32_t lists =
      gazetteer->find(gazetteer_key(kGazetteerSeed, hash_bytes(lower_word(word))));
  if (lists == HashIndex::kMissing) return false;
  const auto in = [&](GazetteerList l) { return (lists >> static_cast<unsigned>(l) & 1U) != 0; };
  return in(GazetteerList::kCompany) || in(GazetteerList::kCompanyShort);
}

// Last words of a body named after the organisation it belongs to: "Senate" beside "Senate
// Banking Committee" is the Senate, not its committee.
constexpr auto kSubBodyHeads = std::to_array<std::string_view>(
    {"committee", "subcommittee", "commission", "council", "board", "panel", "caucus", "department",
     "ministry", "office", "bureau", "division", "unit", "executive", "secretariat"});

// Whether a one-word mention may be how the article calls an organisation it names in full by
// the organisation's first word: tagged an organisation or, as a surname-like word often is, a
// person (a person named in full in the article took it already). Not a place ("Washington"
// beside "Washington Mutual" is the state), not letters ("OPEC" beside "OPEC Fund", "UBS" beside
// "UBS Securities": an acronym names the whole), not a word an alias table knows ("Ford").
bool may_be_first_word(const CleanMention& word) {
  const int organisation = static_cast<int>(EntityType::kOrganisation);
  const int person = static_cast<int>(EntityType::kPerson);
  return word.words.size() == 1 && (word.type == organisation || word.type == person) &&
         cap_class(word.display) != CapClass::kAllCaps && word.key == name_key(word.display);
}

// The first word of an organisation named in full is that organisation ("Goldman" after
// "Goldman Sachs", "Lehman" after "Lehman Brothers Holdings Inc"): each one-word mention that
// may be one becomes the fullest mention of the one organisation the article names starting
// with it. Left alone: a word that starts two of them ("Deutsche" beside "Deutsche Bank" and
// "Deutsche Boerse"), a body of the word's organisation ("Senate Banking Committee"), a name in
// capitals, and a word the company lists hold whole (a company of its own: "Barclays" beside
// "Barclays Capital"). One pass over the mentions, not a test of every pair.
void resolve_first_words(std::vector<CleanMention>& mentions, const HashIndex* gazetteer) {
  struct Starting {
    std::string key;                        // the key of an organisation starting so
    const CleanMention* fullest = nullptr;  // its longest mention that may be meant
    bool several = false;
  };
  std::map<std::string, Starting> by_first_word;
  for (const CleanMention& m : mentions) {
    if (m.type != static_cast<int>(EntityType::kOrganisation) || m.words.size() < 2) continue;
    Starting& s = by_first_word[m.words.front()];
    if (!s.key.empty() && s.key != m.key) s.several = true;
    s.key = m.key;
    if (m.all_caps || contains(kSubBodyHeads, m.words.back())) continue;
    if (s.fullest == nullptr || m.words.size() > s.fullest->words.size()) s.fullest = &m;
  }
  if (by_first_word.empty()) return;
  std::vector<std::pair<std::size_t, CleanMention>> resolved;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const CleanMention& c = mentions[i];
    if (!may_be_first_word(c)) continue;
    const auto it = by_first_word.find(c.words.front());
    if (it == by_first_word.end() || it->second.several || it->second.fullest == nullptr ||
        it->second.key == c.key || is_company_of_its_own(c.display, gazetteer))
      continue;
    resolved.emplace_back(i, *it->second.fullest);
  }
  for (auto& [i, full] : resolved) mentions[i] = std::move(full);
}

// Replaces each mention that `refers_to` a longer one by the longest such mention.
template <typename Predicate>
void resolve_to_fullest(std::vector<CleanMention>& mentions, Predicate refers_to) {
  for (CleanMention& c : mentions) {
    const CleanMention* best = nullptr;
    for (const CleanMention& full : mentions) {
      if (!refers_to(c, full)) continue;
      if (best == nullptr || full.words.size() > best->words.size()) best = &full;
    }
    if (best != nullptr) {
      const CleanMention resolved = *best;
      c = resolved;
    }
  }
}

}  // namespace

std::vector<Entity> normalise(std::string_view text, const std::vector<Mention>& mentions,
                              const HashIndex* lexicon, const NormaliseOptions& options) {
  std::vector<CleanMention> clean_mentions;
  for (const Mention& m : join_linked_organisations(text, mentions)) {
    CleanMention c;
    if (clean(with_own_possessive(text, m), lexicon, c)) clean_mentions.push_back(std::move(c));
  }

  // Short forms of people named in full elsewhere in the article resolve to the full
  // name, whatever type the tagger gave the short form.
  const int person = static_cast<int>(EntityType::kPerson);
  resolve_to_fullest(clean_mentions, [&](const CleanMention& c, const CleanMention& full) {
    return full.type == person && is_short_form(c.words, full.words);
  });
  // Names cut short in a headline in capitals resolve to the fullest form the text gives,
  // with its type (the headline's "DEAN FOODS" is the body's organisation "Dean Foods Co").
  resolve_to_fullest(clean_mentions, is_headline_form);
  // Letters for an organisation the article spells out ("MHI"), unless an alias table knows them.
  resolve_to_fullest(clean_mentions, spells_out);
  // The first word of an organisation named in full ("Goldman" after "Goldman Sachs").
  resolve_first_words(clean_mentions, options.gazetteer);

  // One entity per key: the type most mentions agree on, the display written most often.
  struct Votes {
    std::size_t first_seen;
    std::array<int, 4> types{};
    std::map<std::string, int> displays;
  };
  std::map<std::string, Votes> by_key;
  for (std::size_t i = 0; i < clean_mentions.size(); ++i) {
    const CleanMention& c = clean_mentions[i];
    auto [it, inserted] = by_key.try_emplace(c.key, Votes{i, {}, {}});
    ++it->second.types[c.type];
    ++it->second.displays[c.display];
  }
  std::vector<std::pair<std::size_t, Entity>> ordered;
  for (const auto& [key, votes] : by_key) {
    const int type = static_cast<int>(std::max_element(votes.types.begin(), votes.types.end()) -
                                      votes.types.begin());
    if (type == static_cast<int>(EntityType::kMisc) && !options.include_misc) continue;
    // The form written most often, but never shouted when the article writes it otherwise; the
    // full form is preferred across articles, where facet labels are chosen (entity_key.h).
    LabelCandidate best;
    for (const auto& [d, count] : votes.displays) {
      const LabelCandidate c{d, static_cast<std::uint64_t>(count), is_shouted(d) ? 0 : 2};
      if (best.display.empty() || better_label(c, best)) best = c;
    }
    std::string display(best.display);
    ordered.emplace_back(votes.first_seen, Entity{static_cast<EntityType>(type), key, display});
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Entity> entities;
  entities.reserve(ordered.size());
  for (auto& [order, entity] : ordered) entities.push_back(std::move(entity));
  return entities;
}

std::vector<Entity> extract_entities(const Recognizer& recognizer, std::string_view title,
                                     std::string_view body, const NormaliseOptions& options) {
  std::string text;
  text.reserve(title.size() + body.size() + 2);
  text.append(title);
  if (!title.empty()) text.append("\n\n");  // the title is a sentence of its own
  text.append(body);
  NormaliseOptions with_names = options;
  if (with_names.gazetteer == nullptr) with_names.gazetteer = &recognizer.model().gazetteer;
  return normalise(text, recognizer.recognize(text), &recognizer.model().lexicon, with_names);
}

}  // namespace newsarchive::ner
