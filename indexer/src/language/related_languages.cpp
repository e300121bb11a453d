#include "related_languages.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace newsarchive::indexer {
namespace {

struct Family {
  std::vector<std::string_view> members;
  // Common words of news each member spells or says its own way, from the standard vocabulary
  // of each language, not from any test text. A word may mark several members (Swedish and
  // Danish both write "mig").
  std::map<std::string_view, std::vector<std::string_view>, std::less<>> marked_by;
};

std::map<std::string_view, std::vector<std::string_view>, std::less<>> markers(
    std::initializer_list<std::pair<std::string_view, std::initializer_list<std::string_view>>>
        lists) {
  std::map<std::string_view, std::vector<std::string_view>, std::less<>> out;
  for (const auto& [language, words] : lists)
    for (const auto word : words) out[word].push_back(language);
  return out;
}

const std::vector<Family>& families() {
  static const std::vector<Family> kFamilies{
      {{"id", "ms"},
       markers(
           {{"id", {"agustus",       "aktivitas",  "bahwa",        "bahwasanya", "desember",
                    "diperbolehkan", "fasilitas",  "film",         "informasi",  "internasional",
                    "juli",          "juni",       "kantor",       "kapasitas",  "karena",
                    "kasus",         "kelompok",   "kemarin",      "kendaraan",  "komunitas",
                    "konstitusi",    "kualitas",   "laki",         "maret",      "mau",
                    "musik",         "nopember",   "pajak",        "pemerintah", "pengacara",
                    "pengadilan",    "pernyataan", "perserikatan", "perusahaan", "polisi",
                    "proyek",        "saja",       "telepon",      "televisi",   "tentara",
                    "uang",          "ujar",       "universitas",  "yaitu"}},
            {"ms", {"aktiviti",     "antarabangsa", "awam",       "bahawa",  "bahawasanya",
                    "cukai",        "disember",     "fasiliti",   "filem",   "hospital",
                    "iaitu",        "jenayah",      "julai",      "jun",     "kapasiti",
                    "kenderaan",    "kerajaan",     "kerana",     "kes",     "komuniti",
                    "kualiti",      "lelaki",       "mac",        "mahu",    "maklumat",
                    "muzik",        "ogos",         "peguam",     "pejabat", "pengiktirafan",
                    "perlembagaan", "persekutuan",  "pertubuhan", "polis",   "projek",
                    "sahaja",       "sebarang",     "sejagat",    "senarai", "sesiapa",
                    "syarikat",     "telefon",      "televisyen", "tentera", "terhad",
                    "universiti",   "wang"}}})},
      {{"sv", "no", "da"},
       markers(
           {{"sv", {"och", "inte", "att", "mig", "dig", "sig", "efter"}},
            {"no",
             {"av", "etter", "meg", "deg", "seg", "hva", "noe", "noen", "ble", "mye", "ikkje",
              "kva", "eit", "berre", "frå"}},
            {"da",
             {"af", "efter", "mig", "dig", "sig", "hvad", "noget", "nogen", "blev", "meget"}}})},
      {{"bs", "hr", "sr"}, {}},
  };
  return kFamilies;
}

const Family* family_of(std::string_view language) {
  for (const auto& family : families())
    if (std::find(family.members.begin(), family.members.end(), language) != family.members.end())
      return &family;
  return nullptr;
}

// Swedish writes ä and ö where Norwegian and Danish write æ and ø.
bool holds_any(std::string_view word, std::initializer_list<std::string_view> letters) {
  return std::any_of(letters.begin(), letters.end(), [&](std::string_view letter) {
    return word.find(letter) != std::string_view::npos;
  });
}

void count_nordic_letters(std::string_view word, std::map<std::string_view, int>& votes) {
  if (holds_any(word, {"ä", "ö", "Ä", "Ö"})) ++votes["sv"];
  if (holds_any(word, {"æ", "ø", "Æ", "Ø"})) {
    ++votes["no"];
    ++votes["da"];
  }
}

// Calls `visit` with each word of `text`, lower-cased (ASCII letters; other bytes, the letters
// with diacritics among them, are kept as they are).
template <typename Visit>
void for_each_word(std::string_view text, Visit visit) {
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (letter) {
      word += static_cast<char>(c < 0x80 ? (c | 0x20) : c);
      continue;
    }
    if (!word.empty()) visit(std::string_view(word));
    word.clear();
  }
}

std::map<std::string_view, int> votes_in(std::string_view text, const Family& family) {
  std::map<std::string_view, int> votes;
  const bool nordic = family_of("sv") == &family;
  for_each_word(text, [&](std::string_view word) {
    if (const auto marked = family.marked_by.find(word); marked != family.marked_by.end())
      for (const auto language : marked->second) ++votes[language];
    if (nordic) count_nordic_letters(word, votes);
  });
  return votes;
}

}  // namespace

bool related_languages(std::string_view a, std::string_view b) {
  const Family* family = family_of(a);
  return family != nullptr && family == family_of(b);
}

std::string likeliest_relative(std::string_view text, const std::string& language) {
  const Family* family = family_of(language);
  if (family == nullptr || family->marked_by.empty()) return language;
  const auto votes = votes_in(text, *family);
  int most = 0;
  for (const auto& [member, count] : votes) most = std::max(most, count);
  const auto votes_of = [&](std::string_view member) {
    const auto found = votes.find(member);
    return found == votes.end() ? 0 : found->second;
  };
  if (votes_of(language) == most) return language;  // CLD2's answer unless another leads alone
  const auto leaders = std::count_if(votes.begin(), votes.end(),
                                     [&](const auto& vote) { return vote.second == most; });
  if (leaders != 1) return language;
  return std::string(std::find_if(votes.begin(), votes.end(), [&](const auto& vote) {
                       return vote.second == most;
                     })->first);
}

}  // namespace newsarchive::indexer
