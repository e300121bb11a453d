// Names a recogniser tags consistently across the unlabeled news (TaggedNameCounter).
#include <algorithm>

#include "newsarchive/ner/gazetteer_builder.h"

namespace newsarchive::ner {

void TaggedNameCounter::add_text(std::string_view utf8_text) {
  for (const Mention& m : recognizer_.recognize(utf8_text)) {
    ++counts_[tokenized_phrase(m.text)][static_cast<std::size_t>(m.type)];
  }
}

std::vector<GazetteerEntry> TaggedNameCounter::entries(std::uint32_t min_count,
                                                       double min_share) const {
  static constexpr std::array<GazetteerList, 4> kListOfType = {
      GazetteerList::kTaggedPerson, GazetteerList::kTaggedOrganisation, GazetteerList::kTaggedPlace,
      GazetteerList::kTaggedMisc};
  std::vector<GazetteerEntry> out;
  for (const auto& [phrase, by_type] : counts_) {
    std::uint32_t total = 0;
    for (const std::uint32_t c : by_type) total += c;
    const auto best = std::max_element(by_type.begin(), by_type.end());
    if (total < min_count || *best < min_share * total) continue;
    out.push_back({kListOfType[static_cast<std::size_t>(best - by_type.begin())], phrase});
  }
  return out;
}

}  // namespace newsarchive::ner
