// news-build-gazetteer: builds the gazetteer the recogniser's features consult from shared
// data (Reuters-21578 lists, ISO 3166 names, WordNet's names, GeoNames' cities, company names
// beside instrument codes in the Reuters news) and writes it as a sorted text file;
// news-train-ner compiles it into the model.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <set>

#include "geonames_cities.h"
#include "newsarchive/ner/features.h"
#include "newsarchive/ner/gazetteer_builder.h"
#include "newsarchive/ner/news_corpus.h"

namespace ner = newsarchive::ner;

int main(int argc, char** argv) {
  CLI::App app{"Build the newsarchive recogniser's gazetteer from shared data"};
  std::string data_dir = NEWSARCHIVE_SHARED_DATA_DIR;
  std::string iso_dir = "/usr/share/iso-codes/json";
  std::string wordnet_dir = "/usr/share/wordnet";
  std::string output = "gazetteer.tsv";
  bool with_cities = true;
  std::uint32_t min_count = 2;
  std::string tagger_path;
  std::uint32_t tagged_min_count = 5;
  double tagged_min_share = 0.8;
  app.add_option("--data-dir", data_dir,
                 "shared data directory (reuters21578/, reuters_financial_news/)")
      ->capture_default_str();
  app.add_option("--iso-codes", iso_dir, "directory of iso-codes' iso_3166-*.json")
      ->capture_default_str();
  app.add_option("--wordnet", wordnet_dir, "directory of WordNet's data.noun (wordnet-base)")
      ->capture_default_str();
  app.add_flag("!--no-cities", with_cities, "leave out GeoNames' cities (libgeonames)");
  app.add_option("--min-count", min_count, "mentions a company name needs beside its code")
      ->capture_default_str();
  app.add_option("--tagger", tagger_path,
                 "recogniser model whose consistent tags over the news become the tagged-* lists "
                 "(a model trained with --no-gazetteer)");
  app.add_option("--tagged-min-count", tagged_min_count, "times a tagged name must be seen")
      ->capture_default_str();
  app.add_option("--tagged-min-share", tagged_min_share, "share of its mentions with one type")
      ->capture_default_str();
  app.add_option("-o,--output", output, "gazetteer file to write")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  try {
    std::vector<ner::GazetteerEntry> entries =
        ner::reuters21578_list_entries(data_dir + "/reuters21578");
    const auto iso = ner::iso_3166_entries(iso_dir);
    entries.insert(entries.end(), iso.begin(), iso.end());
    ner::CompanyNameCollector companies;
    std::optional<ner::Recognizer> tagger;
    if (!tagger_path.empty()) tagger.emplace(ner::Recognizer::load(tagger_path));
    std::optional<ner::TaggedNameCounter> tagged;
    if (tagger) tagged.emplace(*tagger);
    for (const std::string& file : ner::find_unlabeled_corpus(data_dir)) {
      ner::for_each_article(file, [&](std::string_view text) {
        companies.add_text(text);
        if (tagged) tagged->add_text(text);
      });
    }
    if (tagged) {
      const auto tagged_entries = tagged->entries(tagged_min_count, tagged_min_share);
      entries.insert(entries.end(), tagged_entries.begin(), tagged_entries.end());
    }
    std::set<std::string> places;
    for (const auto& e : entries) {
      if (e.list == ner::GazetteerList::kPlace || e.list == ner::GazetteerList::kSubdivision) {
        for (std::size_t at = 0, end = 0; at < e.phrase.size(); at = end + 1) {
          end = std::min(e.phrase.find(' ', at), e.phrase.size());
          places.insert(e.phrase.substr(at, end - at));
        }
      }
    }
    const auto company_entries = companies.entries(min_count, places);
    entries.insert(entries.end(), company_entries.begin(), company_entries.end());
    // After the place words above: WordNet's places (Bay, Park, ...) are no reason to cut
    // a company's name.
    const auto wordnet = ner::wordnet_entries(wordnet_dir);
    entries.insert(entries.end(), wordnet.begin(), wordnet.end());
    if (with_cities) {
      // A town that shares its name with a company the news writes beside an instrument code
      // (Nokia, Toyota, Hitachi, Sabadell) is left out too: in news the name is the company's.
      std::set<std::string> not_cities = ner::wordnet_common_words(wordnet_dir);
      for (const auto& e : company_entries) not_cities.insert(ner::lower_word(e.phrase));
      const auto cities = ner::geonames_city_entries(not_cities);
      entries.insert(entries.end(), cities.begin(), cities.end());
    }
    ner::write_gazetteer_file(
        output, entries,
        {"Built by news-build-gazetteer (ner/tools/build_gazetteer.cpp) from Reuters-21578's",
         "category lists, ISO 3166 (Debian iso-codes), WordNet 3.0's names (Debian",
         "wordnet-base), GeoNames' cities (Debian libgeonames) and company names written",
         "beside instrument codes in Reuters-21578 and the 2006-2013 Reuters financial news.",
         "Do not edit: rebuild it (ner/README.md)."});
    std::fprintf(stderr, "wrote %s: %zu entries before duplicates removed, %zu tickers\n",
                 output.c_str(), entries.size(), companies.ticker_count());
  } catch (const std::exception& e) {
    std::cerr << "news-build-gazetteer: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
