// The gazetteer's list sources: Reuters-21578's category vocabularies and ISO 3166.
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "newsarchive/ner/gazetteer_builder.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {
namespace {

std::string trimmed(const std::string& s) {
  const std::size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") + 1 - begin);
}

void add_list_file(const std::string& path, GazetteerList list, std::vector<GazetteerEntry>& out) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("gazetteer source '" + path + "': cannot open file");
  std::string line;
  while (std::getline(in, line)) {
    std::string name = trimmed(line);
    for (char& c : name) c = c == '-' ? ' ' : c;
    const std::string phrase = tokenized_phrase(name);
    if (!phrase.empty()) out.push_back({list, phrase});
  }
}

nlohmann::json read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("gazetteer source '" + path + "': cannot open file");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error("gazetteer source '" + path + "': " + e.what());
  }
}

void add_names(const nlohmann::json& records, std::initializer_list<const char*> fields,
               GazetteerList list, std::vector<GazetteerEntry>& out) {
  for (const auto& record : records) {
    for (const char* field : fields) {
      if (!record.contains(field)) continue;
      const std::string phrase = tokenized_phrase(record[field].get<std::string>());
      if (!phrase.empty()) out.push_back({list, phrase});
    }
  }
}

}  // namespace

std::string tokenized_phrase(std::string_view text) {
  std::string phrase;
  for (const Token& t : tokenize(text).tokens) {
    if (!phrase.empty()) phrase += ' ';
    phrase += t.text;
  }
  return phrase;
}

std::vector<GazetteerEntry> reuters21578_list_entries(const std::string& reuters_dir) {
  std::vector<GazetteerEntry> out;
  add_list_file(reuters_dir + "/all-people-strings.lc.txt", GazetteerList::kPerson, out);
  add_list_file(reuters_dir + "/all-orgs-strings.lc.txt", GazetteerList::kOrganisation, out);
  add_list_file(reuters_dir + "/all-places-strings.lc.txt", GazetteerList::kPlace, out);
  add_list_file(reuters_dir + "/all-exchanges-strings.lc.txt", GazetteerList::kExchange, out);
  return out;
}

std::vector<GazetteerEntry> iso_3166_entries(const std::string& iso_codes_json_dir) {
  std::vector<GazetteerEntry> out;
  const nlohmann::json countries = read_json(iso_codes_json_dir + "/iso_3166-1.json");
  add_names(countries.at("3166-1"), {"name", "common_name", "official_name"}, GazetteerList::kPlace,
            out);
  const nlohmann::json subdivisions = read_json(iso_codes_json_dir + "/iso_3166-2.json");
  add_names(subdivisions.at("3166-2"), {"name"}, GazetteerList::kSubdivision, out);
  return out;
}

}  // namespace newsarchive::ner
