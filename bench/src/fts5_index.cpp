// bench-fts5-index: SQLite FTS5 over the same articles (porter tokenizer, title and body
// indexed, id and day stored unindexed), one writer in one transaction. Re-reading an id
// replaces the earlier row, as Xapian's replace_document does.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <unordered_map>

#include "article_lines.h"
#include "sqlite_handle.h"

int main(int argc, char** argv) {
  using namespace newsarchive::bench;
  CLI::App app{"bench-fts5-index: SQLite FTS5 indexer for the newsarchive benchmark"};
  std::string db_path;
  std::vector<std::string> inputs;
  bool optimize = false;
  app.add_option("--db", db_path, "SQLite file to create (overwritten)")->required();
  app.add_flag("--optimize", optimize, "Only merge the index into one segment and VACUUM");
  app.add_option("inputs", inputs, "JSON Lines files");
  CLI11_PARSE(app, argc, argv);
  try {
    if (optimize) {  // FTS5's counterpart of xapian-compact
      SqliteDb db(db_path, SQLITE_OPEN_READWRITE);
      db.exec("INSERT INTO docs(docs) VALUES('optimize'); VACUUM;");
      return 0;
    }
    std::filesystem::remove(db_path);
    SqliteDb db(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, day UNINDEXED, "
        "tokenize='porter unicode61');"
        "BEGIN;");
    SqliteStatement insert(db, "INSERT INTO docs(id, title, body, day) VALUES(?1, ?2, ?3, ?4)");
    SqliteStatement remove(db, "DELETE FROM docs WHERE rowid = ?1");
    std::unordered_map<std::string, sqlite3_int64> rowids;
    std::size_t read = 0;
    for (const auto& path : inputs) {
      read += for_each_article(path, [&](const LineArticle& a) {
        if (const auto it = rowids.find(a.id); it != rowids.end()) {
          remove.bind(1, it->second);
          remove.step();
          remove.reset();
        }
        insert.bind(1, a.id);
        insert.bind(2, a.title);
        insert.bind(3, a.body);
        insert.bind(4, a.day.empty() ? std::string()
                                     : a.day.substr(0, 4) + "-" + a.day.substr(4, 2) + "-" +
                                           a.day.substr(6, 2));
        insert.step();
        insert.reset();
        rowids[a.id] = sqlite3_last_insert_rowid(db.get());
      });
    }
    db.exec("COMMIT;");
    std::cout << nlohmann::json{{"read", read}, {"documents", rowids.size()}}.dump() << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "bench-fts5-index: " << e.what() << "\n";
    return 2;
  }
}
