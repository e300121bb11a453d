#include "organisation_rules.h"

#include <algorithm>
#include <array>

#include "newsarchive/ner/normalise.h"

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

}  // namespace

bool is_organisation_head(std::string_view word_key) {
  return std::find(kHeads.begin(), kHeads.end(), word_key) != kHeads.end();
}

std::vector<Mention> join_linked_organisations(std::string_view text,
                                               const std::vector<Mention>& mentions) {
  std::vector<Mention> out;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention m = mentions[i];
    while (i + 1 < mentions.size() && m.type == EntityType::kOrganisation &&
           is_organisation_head(last_word(fold_name(m.text)))) {
      const Mention& next = mentions[i + 1];
      if (next.begin < m.end || next.end > text.size()) break;
      const std::string_view gap = text.substr(m.end, next.begin - m.end);
      if (gap != " for " && gap != " of " && gap != " on ") break;
      m.end = next.end;
      m.text = std::string(text.substr(m.begin, m.end - m.begin));
      ++i;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace newsarchive::ner
