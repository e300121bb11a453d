// Company names from instrument codes in news text (see CompanyNameCollector).
#include <algorithm>
#include <array>
#include <cctype>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/gazetteer_builder.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {
namespace {

constexpr std::size_t kContextBytes = 160;  // enough for eight words before the code
constexpr std::size_t kMaxTickerBytes = 12;

// Words that may stand inside a company name between capitalised words.
bool is_connector(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kConnectors = {
      "&", "and", "of", "de", "'s", "du", "des", "la", "der", "von", "van"};
  return std::find(kConnectors.begin(), kConnectors.end(), w) != kConnectors.end();
}

bool is_name_word(std::string_view w) {
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (std::isdigit(c)) return true;
  const CapClass cap = cap_class(w);
  return cap == CapClass::kInitialCap || cap == CapClass::kAllCaps;
}

bool is_legal_form(std::string_view w) {
  static constexpr std::array<std::string_view, 36> kForms = {
      "Corp",     "Corp.",   "Corporation", "Inc", "Inc.", "Incorporated", "Ltd",  "Ltd.",
      "Limited",  "Co",      "Co.",         "Cos", "AG",   "SA",           "S.A.", "NV",
      "N.V.",     "Plc",     "PLC",         "plc", "LLC",  "LP",           "L.P.", "AB",
      "ASA",      "SpA",     "SE",          "Bhd", "Oyj",  "BV",           "GmbH", "Group",
      "Holdings", "Holding", "Company",     "Cos."};
  return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

// "INTC.O", "DBKGn.DE", "7203.T" inside parentheses; "INTC", "BRK.A" inside <...>.
bool is_ticker(std::string_view t, char opener) {
  if (t.empty() || t.size() > kMaxTickerBytes) return false;
  bool dot = false;
  for (const char ch : t) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '.') {
      dot = true;
    } else if (!std::isalnum(c) || (opener == '<' && std::islower(c))) {
      return false;
    }
  }
  return (opener == '<' || dot) && t.front() != '.' && t.back() != '.';
}

}  // namespace

std::string_view ticker_at(std::string_view text, std::size_t open) {
  const char closer = text[open] == '(' ? ')' : '>';
  const std::size_t close = text.find(closer, open + 1);
  if (close == std::string_view::npos || close - open > kMaxTickerBytes + 4) return {};
  std::string_view inside = text.substr(open + 1, close - open - 1);
  while (!inside.empty() && inside.front() == ' ') inside.remove_prefix(1);
  while (!inside.empty() && inside.back() == ' ') inside.remove_suffix(1);
  return is_ticker(inside, text[open]) ? inside : std::string_view{};
}

void CompanyNameCollector::add_text(std::string_view text) {
  for (std::size_t open = text.find_first_of("(<"); open != std::string_view::npos;
       open = text.find_first_of("(<", open + 1)) {
    const std::string_view ticker = ticker_at(text, open);
    if (ticker.empty()) continue;
    const std::size_t from = open > kContextBytes ? open - kContextBytes : 0;
    add_mention(ticker, text.substr(from, open - from));
  }
}

// The run of name words (and connectors) that ends right before the code, in the last
// sentence of `before`; its first token is dropped when `before` was cut mid-text.
void CompanyNameCollector::add_mention(std::string_view ticker, std::string_view before) {
  const TokenizedText t = tokenize(before);
  if (t.sentences.empty()) return;
  const SentenceRange s = t.sentences.back();
  const std::size_t first = s.first == 0 && before.size() == kContextBytes ? 1 : s.first;
  Words run;
  for (std::size_t k = s.last; k > first && run.size() < kMaxGazetteerTokens; --k) {
    const std::string& w = t.tokens[k - 1].text;
    if (!is_name_word(w) && !is_connector(w)) break;
    run.insert(run.begin(), w);
  }
  while (!run.empty() && is_connector(run.front())) run.erase(run.begin());
  while (!run.empty() && is_connector(run.back())) run.pop_back();  // "Fimalac SA's (FIMA.PA)"
  if (!run.empty()) ++candidates_[std::string(ticker)][run];
}

std::vector<std::string> without_legal_form(std::vector<std::string> words) {
  while (!words.empty() && (is_legal_form(words.back()) || words.back() == "&" ||
                            words.back() == "and" || words.back() == ",")) {
    words.pop_back();
  }
  return words;
}

namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

bool ends_with(const std::vector<std::string>& longer, const std::vector<std::string>& tail) {
  return tail.size() < longer.size() && std::equal(tail.rbegin(), tail.rend(), longer.rbegin());
}

// Whether words [start, ...) begin with words of place names and a possessive ("Britain 's",
// "Kong 's" of "Hong Kong 's").
bool starts_with_places_possessive(const std::vector<std::string>& run, std::size_t start,
                                   const std::set<std::string>& place_words) {
  for (std::size_t k = start; k + 1 < run.size(); ++k) {
    if (place_words.count(run[k]) == 0) return false;
    if (run[k + 1] == "'s") return true;
  }
  return false;
}

// Every run end that starts with a name word, counted over the ticker's mentions.
std::map<std::vector<std::string>, std::uint32_t> count_run_ends(
    const std::map<std::vector<std::string>, std::uint32_t>& runs,
    const std::set<std::string>& places) {
  std::map<std::vector<std::string>, std::uint32_t> ends;
  for (const auto& [run, count] : runs) {
    for (std::size_t start = 0; start < run.size(); ++start) {
      if (is_name_word(run[start]) && !starts_with_places_possessive(run, start, places)) {
        ends[std::vector<std::string>(run.begin() + start, run.end())] += count;
      }
    }
  }
  return ends;
}

// Whether `longer` is `name` with an owner before it ("Britain 's Meggitt Plc"), where
// `name` is also written alone: then the owner is not part of the name ("Dick 's Sporting
// Goods" stays, since "Sporting Goods" is never written alone).
bool owned_form_of(const std::vector<std::string>& longer, const std::vector<std::string>& name,
                   const std::map<std::vector<std::string>, std::uint32_t>& runs,
                   std::uint32_t min_count) {
  if (!ends_with(longer, name) || longer[longer.size() - name.size() - 1] != "'s") return false;
  const auto alone = runs.find(name);
  return alone != runs.end() && alone->second >= min_count;
}

// The ends shared by a third of the mentions that no longer such end contains.
std::vector<std::vector<std::string>> ticker_names(
    const std::map<std::vector<std::string>, std::uint32_t>& runs, std::uint32_t min_count,
    const std::set<std::string>& places) {
  std::uint32_t total = 0;
  for (const auto& [run, count] : runs) total += count;
  std::vector<std::vector<std::string>> shared;
  for (const auto& [end, count] : count_run_ends(runs, places)) {
    if (count >= min_count && 3 * count >= total) shared.push_back(end);
  }
  std::vector<std::vector<std::string>> names;
  for (const auto& name : shared) {
    const auto contains_name = [&](const auto& other) {
      return ends_with(other, name) && !owned_form_of(other, name, runs, min_count);
    };
    const auto owns_other = [&](const auto& other) {
      return owned_form_of(name, other, runs, min_count);
    };
    if (std::none_of(shared.begin(), shared.end(), contains_name) &&
        std::none_of(shared.begin(), shared.end(), owns_other)) {
      names.push_back(name);
    }
  }
  return names;
}

}  // namespace

std::vector<GazetteerEntry> CompanyNameCollector::entries(
    std::uint32_t min_count, const std::set<std::string>& places) const {
  std::vector<GazetteerEntry> out;
  for (const auto& [ticker, runs] : candidates_) {
    for (const auto& name : ticker_names(runs, min_count, places)) {
      if (without_legal_form({name.back()}).empty() && name.size() == 1) continue;
      out.push_back({GazetteerList::kCompany, joined(name)});
      const std::vector<std::string> short_form = without_legal_form(name);
      if (!short_form.empty() && short_form.size() < name.size()) {
        out.push_back({GazetteerList::kCompanyShort, joined(short_form)});
      }
    }
  }
  return out;
}

}  // namespace newsarchive::ner
