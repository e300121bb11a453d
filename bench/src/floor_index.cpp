// bench-floor-index: the least a Xapian indexer does for the same index as news-index: title
// and body with positions and English stemming (TermGenerator), a unique id term with
// replace_document, the day in a value slot, the raw JSON line as data; one writer.
// With --part K/N it indexes only the articles whose id hashes to K of N (so every copy of an
// id goes to one part), so that N copies running at once, their databases then merged by
// xapian-compact, show how fast the floor's own work goes when spread over N cores: the
// ceiling for any pipeline built on Xapian's writer. Each copy still reads every line.
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>

#include "article_lines.h"
#include "floor_schema.h"

int main(int argc, char** argv) {
  using namespace newsarchive::bench;
  CLI::App app{"bench-floor-index: bare Xapian indexer, the floor news-index is compared with"};
  std::string db_path;
  std::vector<std::string> inputs;
  unsigned flush_threshold = 0;
  std::string part_spec = "0/1";
  app.add_option("--db", db_path, "Database to create (overwritten)")->required();
  app.add_option("--flush-threshold", flush_threshold,
                 "Documents Xapian buffers before flushing (0: leave XAPIAN_FLUSH_THRESHOLD)");
  app.add_option("--part", part_spec, "K/N: index only the articles whose id hashes to K of N");
  app.add_option("inputs", inputs, "JSON Lines files")->required();
  CLI11_PARSE(app, argc, argv);
  std::size_t part = 0, parts = 1;
  if (std::sscanf(part_spec.c_str(), "%zu/%zu", &part, &parts) != 2 || parts == 0 ||
      part >= parts) {
    std::cerr << "bench-floor-index: --part wants K/N with 0 <= K < N, not '" << part_spec << "'\n";
    return 2;
  }
  // Xapian 1.4 reads the threshold from the environment when the database is opened.
  if (flush_threshold)
    ::setenv("XAPIAN_FLUSH_THRESHOLD", std::to_string(flush_threshold).c_str(), 1);
  try {
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem(floor::kStemmer));
    std::size_t read = 0;
    for (const auto& path : inputs) {
      read += for_each_article(path, [&](const LineArticle& a) {
        if (parts > 1 && std::hash<std::string>{}(a.id) % parts != part) return;
        Xapian::Document doc;
        terms.set_document(doc);
        terms.index_text(a.title);
        terms.increase_termpos();
        terms.index_text(a.body);
        const std::string id_term = floor::kIdPrefix + a.id;
        doc.add_boolean_term(id_term);
        if (!a.day.empty()) doc.add_value(floor::kDaySlot, a.day);
        doc.add_value(floor::kIdSlot, a.id);
        doc.set_data(a.line);
        db.replace_document(id_term, doc);
      });
    }
    db.commit();
    std::cout << nlohmann::json{{"read", read}, {"documents", db.get_doccount()}}.dump() << "\n";
    return 0;
  } catch (const Xapian::Error& e) {
    std::cerr << "bench-floor-index: " << e.get_description() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "bench-floor-index: " << e.what() << "\n";
  }
  return 2;
}
