// The gazetteer's list sources: Reuters-21578's category vocabularies, ISO 3166 and WordNet.
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
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

// WordNet's lexicographer files (lexnames(5WN)) whose synsets hold names.
constexpr int kNounGroup = 14;
constexpr int kNounLocation = 15;
constexpr int kNounObject = 17;  // rivers, mountains, lakes, islands
constexpr int kNounPerson = 18;
constexpr unsigned long kMostWordsOfASynset = 0xff;  // the field has two hex digits

// The list a synset's lemmas go to, if any. People and places are only instances ("Milan"
// is an instance of city; "Parisian" a kind of person, not a name); groups are taken whole,
// capitalised ones being named organisations ("Red Cross", "NATO").
std::optional<GazetteerList> wordnet_list(int lexicographer_file, bool instance) {
  if (lexicographer_file == kNounGroup) return GazetteerList::kOrganisation;
  if (!instance) return std::nullopt;
  if (lexicographer_file == kNounPerson) return GazetteerList::kPerson;
  if (lexicographer_file == kNounLocation || lexicographer_file == kNounObject) {
    return GazetteerList::kPlace;
  }
  return std::nullopt;
}

// A lemma as written in running text: underscores are spaces, a syntactic marker such as
// "(a)" goes.
std::string as_written(std::string lemma) {
  if (const std::size_t marker = lemma.find('('); marker != std::string::npos) {
    lemma.resize(marker);
  }
  for (char& c : lemma) c = c == '_' ? ' ' : c;
  return lemma;
}

// Only capitalised lemmas of two letters or more are names.
std::string wordnet_name(const std::string& lemma) {
  std::string name = as_written(lemma);
  if (name.size() < 2 || std::isupper(static_cast<unsigned char>(name[0])) == 0) return {};
  return name;
}

// One synset line of a WordNet data file (wndb(5WN)): offset, lexicographer file, type, word
// count (hex), the words each with a lex id, pointer count, pointers of four fields, then " | "
// and the gloss.
struct WordnetSynset {
  int lexicographer_file = 0;
  bool instance = false;  // has an instance-of pointer ("@i")
  std::vector<std::string> lemmas;
};

std::optional<WordnetSynset> parsed_synset(const std::string& line) {
  std::istringstream fields(line.substr(0, line.find(" | ")));
  std::string offset, type, count_hex, lex_id, pointer, target, pos, source_target;
  WordnetSynset synset;
  if (!(fields >> offset >> synset.lexicographer_file >> type >> count_hex)) return std::nullopt;
  const unsigned long words = std::stoul(count_hex, nullptr, 16);
  if (words > kMostWordsOfASynset) return std::nullopt;
  synset.lemmas.resize(words);
  for (std::string& lemma : synset.lemmas) fields >> lemma >> lex_id;
  std::size_t pointers = 0;
  fields >> pointers;
  for (std::size_t p = 0; p < pointers && fields >> pointer >> target >> pos >> source_target;
       ++p) {
    synset.instance = synset.instance || pointer == "@i";
  }
  if (!fields) return std::nullopt;
  return synset;
}

// Calls `visit` with each synset of a WordNet data file; a damaged line is an error naming it.
template <typename Visit>
void for_each_synset(const std::string& path, Visit visit) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("gazetteer source '" + path + "': cannot open file");
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == ' ') continue;  // the licence at the file's head
    try {
      if (const auto synset = parsed_synset(line)) visit(*synset);
    } catch (const std::logic_error& e) {  // std::stoul on a damaged word count
      throw std::runtime_error("gazetteer source '" + path + "' line " +
                               std::to_string(line_number) + ": " + e.what());
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

std::vector<GazetteerEntry> wordnet_entries(const std::string& wordnet_dir) {
  std::vector<GazetteerEntry> out;
  for_each_synset(wordnet_dir + "/data.noun", [&](const WordnetSynset& synset) {
    const std::optional<GazetteerList> list =
        wordnet_list(synset.lexicographer_file, synset.instance);
    if (!list) return;
    for (const std::string& lemma : synset.lemmas) {
      const std::string phrase = tokenized_phrase(wordnet_name(lemma));
      if (!phrase.empty()) out.push_back({*list, phrase});
    }
  });
  return out;
}

std::set<std::string> wordnet_common_words(const std::string& wordnet_dir) {
  std::set<std::string> words;
  for (const char* part_of_speech : {"noun", "verb", "adj", "adv"}) {
    for_each_synset(wordnet_dir + "/data." + part_of_speech, [&](const WordnetSynset& synset) {
      for (const std::string& lemma : synset.lemmas) {
        if (std::islower(static_cast<unsigned char>(lemma[0])) != 0)
          words.insert(as_written(lemma));
      }
    });
  }
  return words;
}

}  // namespace newsarchive::ner
