#include "newsarchive/ner/gazetteer.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/hashing.h"

namespace newsarchive::ner {
namespace {

constexpr std::array<std::string_view, kGazetteerLists> kListNames = {
    "person",     "organisation",  "place",         "subdivision",         "exchange",
    "company",    "company-short", "tagged-person", "tagged-organisation", "tagged-place",
    "tagged-misc"};

GazetteerList list_named(std::string_view name, const std::string& where) {
  for (std::size_t l = 0; l < kListNames.size(); ++l) {
    if (kListNames[l] == name) return static_cast<GazetteerList>(l);
  }
  throw std::runtime_error(where + ": unknown gazetteer list '" + std::string(name) + "'");
}

std::vector<std::string_view> split_spaces(std::string_view phrase) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  while (start < phrase.size()) {
    const std::size_t end = std::min(phrase.find(' ', start), phrase.size());
    if (end > start) tokens.push_back(phrase.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

}  // namespace

std::string_view gazetteer_list_name(GazetteerList list) {
  return kListNames.at(static_cast<std::size_t>(list));
}

std::vector<GazetteerEntry> read_gazetteer_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("gazetteer '" + path + "': cannot open file");
  std::vector<GazetteerEntry> entries;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const std::string where = "gazetteer '" + path + "' line " + std::to_string(number);
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab + 1 == line.size()) {
      throw std::runtime_error(where + ": expected 'list<TAB>phrase'");
    }
    entries.push_back(
        {list_named(std::string_view(line).substr(0, tab), where), line.substr(tab + 1)});
  }
  if (in.bad()) throw std::runtime_error("gazetteer '" + path + "': read error");
  return entries;
}

void write_gazetteer_file(const std::string& path, std::vector<GazetteerEntry> entries,
                          const std::vector<std::string>& header_comments) {
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  std::ofstream out(path, std::ios::trunc);
  for (const std::string& comment : header_comments) out << "# " << comment << '\n';
  for (const GazetteerEntry& e : entries) {
    out << gazetteer_list_name(e.list) << '\t' << e.phrase << '\n';
  }
  out.close();
  if (!out) throw std::runtime_error("gazetteer '" + path + "': cannot write file");
}

std::uint64_t gazetteer_key(std::uint64_t key_so_far, std::uint64_t lower_hash) {
  return hash_combine(key_so_far, lower_hash) | 1ULL;
}

HashIndex build_gazetteer_index(const std::vector<GazetteerEntry>& entries) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
  for (const GazetteerEntry& e : entries) {
    const std::vector<std::string_view> tokens = split_spaces(e.phrase);
    if (tokens.empty() || tokens.size() > kMaxGazetteerTokens) continue;
    std::uint64_t key = kGazetteerSeed;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      key = gazetteer_key(key, hash_bytes(lower_word(tokens[i])));
      const bool last = i + 1 == tokens.size();
      keys.emplace_back(key, last ? 1U << static_cast<unsigned>(e.list) : kGazetteerPrefix);
    }
  }
  std::sort(keys.begin(), keys.end());
  HashIndex index;
  index.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size();) {
    std::uint32_t value = 0;
    const std::uint64_t key = keys[i].first;
    for (; i < keys.size() && keys[i].first == key; ++i) value |= keys[i].second;
    index.insert(key, value);
  }
  return index;
}

void match_gazetteer(const HashIndex& gazetteer, const std::uint64_t* lower_hashes,
                     const std::uint8_t* may_start, std::size_t count, GazetteerMarks* marks) {
  std::array<std::size_t, kGazetteerLists> covered_until{};
  for (std::size_t i = 0; i < count; ++i) {
    if (may_start[i] == 0) continue;
    std::array<std::size_t, kGazetteerLists> longest{};
    std::uint64_t key = kGazetteerSeed;
    for (std::size_t j = i; j < count && j - i < kMaxGazetteerTokens; ++j) {
      key = gazetteer_key(key, lower_hashes[j]);
      const std::uint32_t value = gazetteer.find(key);
      if (value == HashIndex::kMissing) break;
      for (std::size_t l = 0; l < kGazetteerLists; ++l) {
        if ((value & (1U << l)) != 0) longest[l] = j - i + 1;
      }
      if ((value & kGazetteerPrefix) == 0) break;
    }
    for (std::size_t l = 0; l < kGazetteerLists; ++l) {
      if (longest[l] == 0 || i < covered_until[l]) continue;
      const std::size_t n = longest[l];
      for (std::size_t k = 0; k < n; ++k) {
        marks[i + k][l] = n == 1       ? kGazUnit
                          : k == 0     ? kGazBegin
                          : k + 1 == n ? kGazLast
                                       : kGazInside;
      }
      covered_until[l] = i + n;
    }
  }
}

}  // namespace newsarchive::ner
