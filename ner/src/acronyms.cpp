#include "newsarchive/ner/acronyms.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "newsarchive/ner/gazetteer_builder.h"
#include "newsarchive/ner/lexicon.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::ner {
namespace {

constexpr std::size_t kMaxAcronymBytes = 8;
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMinCodeLetters = 3;  // "GE", "GM": two letters name too many things
constexpr std::size_t kMaxCodeLetters = 6;
constexpr std::size_t kMaxExchangeBytes = 3;  // "N", "PA", "NZ"

bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

// Lower-case words that may stand between the capitalised words of a name ("Office of the
// Comptroller of the Currency", "Committee on Foreign Investment in the United States").
bool is_connector(std::string_view w) {
  static const std::set<std::string_view> kConnectors = {"of", "and", "the", "for", "&",  "on",
                                                         "in", "to",  "de",  "du",  "des"};
  return kConnectors.contains(w);
}

// The acronym in parentheses starting at `open`: capitals and '&' only, within bounds.
std::string_view acronym_at(std::string_view text, std::size_t open) {
  const std::size_t close = text.find(')', open + 1);
  if (close == std::string_view::npos || close - open - 1 > kMaxAcronymBytes) return {};
  const std::string_view inside = text.substr(open + 1, close - open - 1);
  if (inside.empty() || !is_capital(inside.front())) return {};
  for (const char c : inside)
    if (!is_capital(c) && c != '&') return {};
  return inside;
}

// Where the word ending at `end` (exclusive) starts: words are separated by spaces.
std::size_t word_start(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n' && text[start - 1] != '\t')
    --start;
  return start;
}

// The name without a trailing possessive ("International Monetary Fund's").
std::string_view without_possessive(std::string_view name) {
  for (const std::string_view s : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
    if (name.ends_with(s)) return name.substr(0, name.size() - s.size());
  return name;
}

bool is_code_space(char c) {
  return c == ' ' || c == '\n' || c == '\t';
}

// `before` without the company forms that end it ("General Motors Corp" -> "General Motors"):
// the name written before a code is the legal one, and its initials leave the form out.
std::string_view without_trailing_legal_forms(std::string_view before) {
  for (;;) {
    const std::size_t last = before.find_last_not_of(" \n\t");
    if (last == std::string_view::npos) return {};
    const std::size_t start = word_start(before, last + 1);
    if (!without_legal_form({std::string(before.substr(start, last + 1 - start))}).empty())
      return before.substr(0, last + 1);
    before = before.substr(0, start);
  }
}

std::size_t capitals_from(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_capital(text[end])) ++end;
  return end - at;
}

bool words_start_at(std::string_view text, std::size_t at) {
  return at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

// Whether a name holds a word of one capital, with or without its full stop ("Steven A.
// Cohen", "John F Kennedy").
bool has_initial(std::string_view name) {
  for (std::size_t start = 0; start < name.size();) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    if (!word.empty() && is_capital(word[0]) &&
        (word.size() == 1 || word == std::string(1, word[0]) + "."))
      return true;
    start = end + 1;
  }
  return false;
}

// Whether the capitalised words of a name go on after `end` ("... China and South | Africa"),
// other than with a legal form ("Mitsubishi Heavy Industries | Ltd").
bool name_goes_on(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ' || !is_capital(text[end + 1])) return false;
  std::size_t next_end = end + 1;
  while (next_end < text.size() && std::isalnum(static_cast<unsigned char>(text[next_end])))
    ++next_end;
  if (next_end < text.size() && text[next_end] == '.') ++next_end;  // "Corp."
  return !without_legal_form({std::string(text.substr(end + 1, next_end - end - 1))}).empty();
}

// Letters written alone, by key: 3-6 capitals as a word of their own, not inside brackets (a
// code's or a definition's) and not followed by an exchange suffix (".N").
std::map<std::string, std::string_view> letters_alone(std::string_view text) {
  std::map<std::string, std::string_view> alone;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t letters = capitals_from(text, i);
    if (letters == 0) {
      ++i;
      continue;
    }
    const std::size_t end = i + letters;
    const bool word_end_here =
        end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    std::size_t before = i;
    while (before > 0 && is_code_space(text[before - 1])) --before;
    const bool in_brackets = before > 0 && (text[before - 1] == '(' || text[before - 1] == '<');
    const bool code_suffix = end + 1 < text.size() && text[end] == '.' && is_capital(text[end + 1]);
    if (words_start_at(text, i) && word_end_here && !in_brackets && !code_suffix &&
        letters >= kMinCodeLetters && letters <= kMaxCodeLetters)
      alone.try_emplace(name_key(text.substr(i, letters)), text.substr(i, letters));
    i = end;
  }
  return alone;
}

}  // namespace

bool is_initials_of(std::string_view letters, std::string_view name) {
  if (letters.size() < 3 || letters.size() > 6) return false;
  std::string initials, content_initials;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    const std::string_view word = name.substr(at, end - at);
    if (!word.empty()) {
      initials += word.front();
      if (!is_connector(word)) content_initials += word.front();
    }
    at = end + 1;
  }
  return letters == initials || letters == content_initials;
}

std::string_view code_letters_at(std::string_view text, std::size_t open) {
  if (open >= text.size() || (text[open] != '(' && text[open] != '<')) return {};
  const std::string_view ticker = ticker_at(text, open);
  const std::size_t letters = capitals_from(ticker, 0);
  if (letters < kMinCodeLetters || letters > kMaxCodeLetters) return {};
  if (text[open] == '<') return letters == ticker.size() ? ticker : std::string_view{};
  // Inside parentheses, an exchange suffix of capitals: "AIG.N", "BBVA.MC".
  const std::string_view exchange = ticker.substr(letters);
  if (exchange.size() < 2 || exchange.size() > kMaxExchangeBytes + 1 || exchange[0] != '.' ||
      capitals_from(exchange, 1) != exchange.size() - 1)
    return {};
  return ticker.substr(0, letters);
}

std::string_view defined_name(std::string_view before, std::string_view acronym) {
  std::size_t name_end = before.size();
  while (name_end > 0 && before[name_end - 1] == ' ') --name_end;
  const std::size_t limit = name_end > kMaxNameBytes ? name_end - kMaxNameBytes : 0;
  // Walk back word by word, matching the acronym's letters from its last.
  std::size_t letter = acronym.size();
  std::size_t name_start = name_end;
  for (std::size_t end = name_end; letter > 0;) {
    if (acronym[letter - 1] == '&') {  // "S&L": written '&' or "and", a connector either way
      --letter;
      continue;
    }
    if (end <= limit || end == 0) return {};
    const std::size_t start = word_start(before, end);
    const std::string_view word = before.substr(start, end - start);
    if (word.empty()) return {};
    const bool matched_any = name_start != name_end;
    if (word.front() == acronym[letter - 1]) {
      --letter;
      name_start = start;
    } else if (!matched_any || !is_connector(word)) {
      return {};  // a connector may stand inside the name, never at its end
    }
    end = start;
    while (end > 0 && before[end - 1] == ' ') --end;
  }
  return without_possessive(before.substr(name_start, name_end - name_start));
}

// Counts, once per article, each word of 3-8 ASCII letters written in capitals ("KIA") or
// capitalised ("Kia"), by its lower-case form.
void AcronymCollector::count_word_forms(std::string_view text) {
  std::set<std::string> capitals, capitalised;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::size_t upper = 0;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))
      upper += is_capital(text[end++]) ? 1 : 0;
    const std::size_t length = end - i;
    if (length >= 3 && length <= kMaxAcronymBytes && is_capital(text[i])) {
      std::string lower(text.substr(i, length));
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (upper == length)
        capitals.insert(std::move(lower));
      else if (upper == 1)
        capitalised.insert(std::move(lower));
    }
    i = end;
  }
  for (const auto& w : capitals) ++forms_[w].capitals;
  for (const auto& w : capitalised) ++forms_[w].capitalised;
}

// The company names written before instrument codes, and whether the articles that write a
// code's letters alone give the code too.
void AcronymCollector::add_codes(std::string_view text,
                                 const std::map<std::string, std::string_view>& letters_alone) {
  std::vector<Definition> found;
  std::set<std::string> coded;
  for (std::size_t open = text.find_first_of("(<"); open != std::string_view::npos;
       open = text.find_first_of("(<", open + 1)) {
    const std::string_view letters = code_letters_at(text, open);
    if (letters.empty()) continue;
    std::string key = name_key(letters);
    const std::size_t from = open > kMaxNameBytes ? open - kMaxNameBytes : 0;
    const std::string_view before = text.substr(from, open - from);
    std::string_view name = defined_name(before, letters);  // "Bank of America Corp (BAC.N)"
    if (name.empty()) name = defined_name(without_trailing_legal_forms(before), letters);
    if (name.empty()) continue;  // another company's code with these letters ("ACS.MC")
    std::string name_key_of = entity_key(name);
    if (key.empty() || name_key_of.empty() || name_key_of == key) continue;
    coded.insert(key);
    found.push_back({std::string(letters), std::move(key), std::move(name_key_of)});
  }
  record(found, code_definitions_);
  for (const auto& [key, written] : letters_alone) {
    LetterUse& use = code_use_[key];
    ++use.alone;
    use.backed += coded.contains(key) ? 1 : 0;
  }
}

// Letters written alone in an article whose capitalised words elsewhere spell them, with no
// parentheses or code between ("Mitsubishi Heavy Industries" ... "MHI said"): the name is
// looked for before every word that starts with the letters' last one.
void AcronymCollector::add_names_in_text(
    std::string_view text, const std::map<std::string, std::string_view>& letters_alone) {
  std::vector<Definition> found;
  std::set<std::string> named;
  for (const auto& [key, written] : letters_alone) {
    for (std::size_t end = 0; end < text.size();) {
      const std::size_t start = end;
      while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
      if (end == start) {
        ++end;
        continue;
      }
      if (text[start] != written.back() || end - start < 2 || !words_start_at(text, start))
        continue;
      const std::size_t from = end > kMaxNameBytes ? end - kMaxNameBytes : 0;
      const std::string_view name = defined_name(text.substr(from, end - from), written);
      if (name.find(' ') == std::string_view::npos) continue;  // the letters themselves
      if (has_initial(name)) continue;        // a person's initials ("Steven A. Cohen" for SAC)
      if (name_goes_on(text, end)) continue;  // "Brazil, Russia, India, China and South" Africa
      std::string name_key_of = entity_key(name);
      if (name_key_of.empty() || name_key_of == key) continue;
      named.insert(key);
      found.push_back({std::string(written), key, std::move(name_key_of)});
    }
  }
  record(found, named_definitions_);
  for (const auto& [key, written] : letters_alone) {
    LetterUse& use = named_use_[key];
    ++use.alone;
    use.backed += named.contains(key) ? 1 : 0;
  }
}

void AcronymCollector::add_text(std::string_view text) {
  count_word_forms(text);
  count_ampersand_forms(text);
  const std::map<std::string, std::string_view> alone = letters_alone(text);
  add_codes(text, alone);
  add_names_in_text(text, alone);
  std::vector<Definition> found;
  for (std::size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const std::string_view acronym = acronym_at(text, open);
    if (acronym.empty()) continue;
    const std::size_t from = open > kMaxNameBytes ? open - kMaxNameBytes : 0;
    const std::string_view name = defined_name(text.substr(from, open - from), acronym);
    if (name.empty()) continue;
    std::string key = name_key(acronym);
    std::string name_key_of = entity_key(name);
    if (key.empty() || name_key_of.empty() || name_key_of == key) continue;
    found.push_back({std::string(acronym), std::move(key), std::move(name_key_of)});
  }
  record(found, definitions_);
}

// One article's definitions: each name once per acronym, each acronym once.
void AcronymCollector::record(const std::vector<Definition>& found,
                              std::map<std::string, Definitions>& into) {
  std::set<std::pair<std::string_view, std::string_view>> seen;
  std::set<std::string_view> defined;
  for (const Definition& f : found) {
    if (!seen.emplace(f.key, f.name_key).second) continue;
    Definitions& d = into[f.key];
    if (d.written.empty()) d.written = f.written;
    ++d.by_name[f.name_key];
    if (defined.insert(f.key).second) ++d.articles;
  }
}

// Counts, once per article, capitals joined by an ampersand ("AT&T", "P&G"), by their key
// ("att"): letters news writes that way are that name, whatever else they might spell.
void AcronymCollector::count_ampersand_forms(std::string_view text) {
  std::set<std::string> keys;
  for (std::size_t amp = text.find('&'); amp != std::string_view::npos;
       amp = text.find('&', amp + 1)) {
    std::size_t start = amp;
    while (start > 0 && is_capital(text[start - 1])) --start;
    const std::size_t end = amp + 1 + capitals_from(text, amp + 1);
    if (start == amp || end == amp + 1 || !words_start_at(text, start)) continue;
    keys.insert(name_key(text.substr(start, end - start)));
  }
  for (const std::string& key : keys) ++ampersand_articles_[key];
}

// "Kia" beside "KIA": a word news also writes capitalised is a name of its own (Kia Motors),
// which the acronym's alias would swallow.
bool AcronymCollector::is_name_of_its_own(const std::string& key,
                                          const AcronymOptions& options) const {
  const auto it = forms_.find(key);
  if (it == forms_.end()) return false;
  return double(it->second.capitalised) >
         options.max_capitalised_share * double(it->second.capitals);
}

bool AcronymCollector::passes_word_checks(const std::string& key, const AcronymOptions& options,
                                          const HashIndex* lexicon) const {
  if (curated_canonical_key(key) != key) return false;  // the curated table says what it is
  if (is_name_of_its_own(key, options)) return false;
  return lexicon == nullptr || !mostly_lower_case(*lexicon, key);
}

namespace {

// The name most articles define an acronym as, if enough do and most of all that define it.
const std::pair<const std::string, std::size_t>* chosen_name(
    const std::map<std::string, std::size_t>& by_name, std::size_t defining,
    const AcronymOptions& options) {
  const auto best = std::max_element(by_name.begin(), by_name.end(), [](auto& a, auto& b) {
    return a.second != b.second ? a.second < b.second : a.first > b.first;
  });
  if (best == by_name.end() || best->second < options.min_articles ||
      double(best->second) < options.min_share * double(defining))
    return nullptr;
  return &*best;
}

}  // namespace

// Letters the news writes as a name of their own with an ampersand ("AT&T", not American
// Telephone and Telegraph's letters), or that enough articles define in parentheses as no one
// name most of the time ("FSA": the British Financial Services Authority and Japan's Financial
// Services Agency): whatever other evidence there is, they are not one name's letters.
bool AcronymCollector::named_otherwise(const std::string& key,
                                       const AcronymOptions& options) const {
  if (const auto amp = ampersand_articles_.find(key);
      amp != ampersand_articles_.end() && amp->second >= options.min_articles)
    return true;
  const auto text = definitions_.find(key);
  return text != definitions_.end() && text->second.articles >= options.min_articles &&
         chosen_name(text->second.by_name, text->second.articles, options) == nullptr;
}

// Letters written alone that `definitions` name, when at least `min_share` of the articles
// writing them alone give such a name. Names the text defines in parentheses count too
// ("Advanced Micro Devices (AMD)"), so that letters defined as two names may leave neither
// with the share it needs.
void AcronymCollector::learn_letters(const std::map<std::string, Definitions>& definitions,
                                     const std::unordered_map<std::string, LetterUse>& uses,
                                     double min_share, const AcronymOptions& options,
                                     const HashIndex* lexicon,
                                     std::map<std::string, LearnedAcronym>& out) const {
  for (const auto& [key, d] : definitions) {
    if (out.contains(key) || d.written.size() < options.min_letters ||
        !passes_word_checks(key, options, lexicon) || named_otherwise(key, options))
      continue;
    const auto use = uses.find(key);
    if (use == uses.end() || use->second.alone < options.min_articles ||
        double(use->second.backed) < min_share * double(use->second.alone))
      continue;
    std::map<std::string, std::size_t> by_name = d.by_name;
    std::size_t defining = d.articles;
    if (const auto text = definitions_.find(key); text != definitions_.end()) {
      for (const auto& [name, articles] : text->second.by_name) by_name[name] += articles;
      defining += text->second.articles;
    }
    if (const auto* name = chosen_name(by_name, defining, options))
      out[key] = {d.written, key, name->first, name->second, defining};
  }
}

std::vector<LearnedAcronym> AcronymCollector::acronyms(const AcronymOptions& options,
                                                       const HashIndex* lexicon) const {
  std::map<std::string, LearnedAcronym> out;
  for (const auto& [key, d] : definitions_) {
    std::size_t letters = 0;
    for (const char c : d.written) letters += is_capital(c) ? 1 : 0;
    if (letters < options.min_letters || !passes_word_checks(key, options, lexicon)) continue;
    if (const auto* name = chosen_name(d.by_name, d.articles, options))
      out[key] = {d.written, key, name->first, name->second, d.articles};
  }
  // Codes' letters not learned above, then letters whose name the article spells elsewhere.
  learn_letters(code_definitions_, code_use_, options.min_code_share, options, lexicon, out);
  learn_letters(named_definitions_, named_use_, options.min_named_share, options, lexicon, out);
  std::vector<LearnedAcronym> sorted;
  for (auto& [key, a] : out) sorted.push_back(std::move(a));
  return sorted;
}

}  // namespace newsarchive::ner
