// news-known-names: the names an archive knows (its person, org and place facets on enough
// articles, of one type), as the list news-index reads with --known-names.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "newsarchive/indexer/enrichers/archive_names.h"

int main(int argc, char** argv) {
  namespace indexer = newsarchive::indexer;
  CLI::App app{
      "news-known-names: write the names an archive knows (facet keys on at least N articles, "
      "of one type on most of them) as TYPE<TAB>key<TAB>articles<TAB>first year<TAB>last year "
      "lines, sorted by key"};
  std::string db_path;
  indexer::ArchiveNameOptions options;
  app.add_option("--db", db_path, "the archive")->required();
  app.add_option("--min-articles", options.min_articles, "articles a name must be on")
      ->capture_default_str();
  app.add_option("--min-type-share", options.min_type_share,
                 "share of those articles that must give it its type")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec)) {
    std::cerr << "news-known-names: no archive at " << db_path << "\n";
    return 2;
  }
  const newsarchive::ner::KnownNames names = indexer::read_archive_names(db_path, options);
  if (names.size() == 0) {
    std::cerr << "news-known-names: " << db_path << " holds no names on " << options.min_articles
              << " articles or more (or is not an archive)\n";
    return 1;
  }
  std::cout << "# news-known-names --db ARCHIVE --min-articles " << options.min_articles
            << " --min-type-share " << options.min_type_share << "\n";
  names.write(std::cout);
  return 0;
}
