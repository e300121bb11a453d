// Searches an index from another program: `consumer INDEX QUERY...` prints one hit per line as
// rank, id and title, separated by tabs.
#include <newsarchive/searcher.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: consumer INDEX QUERY...\n";
    return 2;
  }
  try {
    const newsarchive::Searcher searcher(argv[1]);
    newsarchive::SearchRequest request;
    for (int i = 2; i < argc; ++i) request.query += std::string(i > 2 ? " " : "") + argv[i];
    const auto result = searcher.search(request);
    for (const auto& hit : result.hits)
      std::cout << hit.rank << '\t' << hit.id << '\t' << hit.title << '\n';
    return result.hits.empty() ? 1 : 0;
  } catch (const newsarchive::Error& e) {
    std::cerr << "consumer: " << e.what() << '\n';
    return 2;
  }
}
