#include "organisation_rules.h"

#include <algorithm>
#include <array>
#include <string>

#include "newsarchive/ner/normalise.h"
#include "newsarchive/text/calendar_names.h"

namespace newsarchive::ner {
namespace {

constexpr std::array<std::string_view, 36> kHeads = {
    "institute", "institution",  "center",       "centre",      "council",     "foundation",
    "ministry",  "department",   "committee",    "commission",  "association", "society",
    "fund",      "organization", "organisation", "office",      "agency",      "union",
    "league",    "party",        "academy",      "university",  "college",     "board",
    "bureau",    "authority",    "federation",   "corporation", "company",     "group",
    "bank",      "forum",        "network",      "alliance",    "coalition",   "school"};

std::string_view last_word(std::string_view key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

constexpr int kMostTrailingWords = 3;

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

bool is_calendar_word(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text::month_number(lower) != 0 ||
         std::find(text::kWeekdayNames.begin(), text::kWeekdayNames.end(), lower) !=
             text::kWeekdayNames.end();
}

// Where a joined name ends when the tagger left its last words out ("Washington Institute for
// Near East" + " Policy"): after the capitalised words that follow `end`, if their run ends
// before `limit` (the next name) within a few words and names no day or month. A run that
// goes on into the next name ("Bank of England Governor Mark Carney") is not taken.
std::size_t end_with_trailing_capitalised(std::string_view text, std::size_t end,
                                          std::size_t limit) {
  std::size_t at = end;
  for (int words = 0; at + 1 < text.size() && text[at] == ' ' && is_ascii_upper(text[at + 1]);
       ++words) {
    std::size_t word_end = at + 1;
    while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
    if (words == kMostTrailingWords || word_end > limit ||
        is_calendar_word(text.substr(at + 1, word_end - at - 1))) {
      return end;
    }
    at = word_end;
  }
  return at;
}

}  // namespace

bool is_organisation_head(std::string_view word_key) {
  return std::find(kHeads.begin(), kHeads.end(), word_key) != kHeads.end();
}

std::vector<Mention> join_linked_organisations(std::string_view text,
                                               const std::vector<Mention>& mentions) {
  std::vector<Mention> out;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention m = mentions[i];
    bool joined = false;
    while (i + 1 < mentions.size() && m.type == EntityType::kOrganisation &&
           is_organisation_head(last_word(fold_name(m.text)))) {
      const Mention& next = mentions[i + 1];
      if (next.begin < m.end || next.end > text.size()) break;
      const std::string_view gap = text.substr(m.end, next.begin - m.end);
      if (gap != " for " && gap != " of " && gap != " on ") break;
      m.end = next.end;
      m.text = std::string(text.substr(m.begin, m.end - m.begin));
      ++i;
      joined = true;
    }
    if (joined) {
      const std::size_t limit = i + 1 < mentions.size() ? mentions[i + 1].begin : text.size();
      m.end = end_with_trailing_capitalised(text, m.end, limit);
      m.text = std::string(text.substr(m.begin, m.end - m.begin));
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace newsarchive::ner
