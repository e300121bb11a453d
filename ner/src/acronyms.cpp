#include "newsarchive/ner/acronyms.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "newsarchive/ner/lexicon.h"
#include "newsarchive/text/entity_key.h"

namespace newsarchive::ner {
namespace {

constexpr std::size_t kMaxAcronymBytes = 8;
constexpr std::size_t kMaxNameBytes = 200;

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

}  // namespace

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

void AcronymCollector::add_text(std::string_view text) {
  count_word_forms(text);
  std::set<std::pair<std::string, std::string>> seen;  // once per article
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
    if (!seen.emplace(key, name_key_of).second) continue;
    Definitions& d = definitions_[key];
    if (d.written.empty()) d.written = std::string(acronym);
    ++d.by_name[name_key_of];
  }
  std::set<std::string> defined;
  for (const auto& [key, name] : seen)
    if (defined.insert(key).second) ++definitions_[key].articles;
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

std::vector<LearnedAcronym> AcronymCollector::acronyms(const AcronymOptions& options,
                                                       const HashIndex* lexicon) const {
  std::vector<LearnedAcronym> out;
  for (const auto& [key, d] : definitions_) {
    std::size_t letters = 0;
    for (const char c : d.written) letters += is_capital(c) ? 1 : 0;
    if (letters < options.min_letters) continue;
    if (curated_canonical_key(key) != key) continue;  // the curated table already says what it is
    if (is_name_of_its_own(key, options)) continue;
    if (lexicon != nullptr && mostly_lower_case(*lexicon, key)) continue;
    const auto best = std::max_element(d.by_name.begin(), d.by_name.end(), [](auto& a, auto& b) {
      return a.second != b.second ? a.second < b.second : a.first > b.first;
    });
    if (best->second < options.min_articles ||
        double(best->second) < options.min_share * double(d.articles))
      continue;
    out.push_back({d.written, key, best->first, best->second, d.articles});
  }
  return out;
}

}  // namespace newsarchive::ner
