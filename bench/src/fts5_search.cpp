// bench-fts5-search: SQLite FTS5 ranked with bm25(), top k, each hit's stored title and body
// read. One read-only connection per thread.
#include "fts5_query.h"
#include "search_harness.h"
#include "sqlite_handle.h"

namespace {

using namespace newsarchive::bench;

class Fts5Session final : public Session {
 public:
  explicit Fts5Session(const std::string& path)
      : db_(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX),
        top_(db_,
             "SELECT id, bm25(docs), title, body FROM docs WHERE docs MATCH ?1 "
             "ORDER BY bm25(docs) LIMIT ?2"),
        top_dated_(db_,
                   "SELECT id, bm25(docs), title, body FROM docs WHERE docs MATCH ?1 "
                   "AND day BETWEEN ?3 AND ?4 ORDER BY bm25(docs) LIMIT ?2"),
        count_(db_, "SELECT count(*) FROM docs WHERE docs MATCH ?1") {}

  std::vector<RankedHit> search(const std::string& text, std::size_t limit,
                                const std::optional<DateFilter>& filter) override {
    const std::string match = fts5_match(text);
    std::vector<RankedHit> hits;
    if (match.empty()) return hits;
    auto& stmt = filter ? top_dated_ : top_;
    stmt.bind(1, match);
    stmt.bind(2, static_cast<sqlite3_int64>(limit));
    if (filter) {
      stmt.bind(3, filter->from);
      stmt.bind(4, filter->to);
    }
    while (stmt.step()) {
      const std::string title = stmt.text(2), body = stmt.text(3);  // what a result page shows
      hits.push_back({stmt.text(0), -stmt.real(1)});  // bm25() is negative: lower is better
    }
    stmt.reset();
    return hits;
  }

  std::uint64_t count(const std::string& text) override {
    count_.bind(1, fts5_match(text));
    count_.step();
    const auto n = static_cast<std::uint64_t>(count_.integer(0));
    count_.reset();
    return n;
  }

 private:
  SqliteDb db_;
  SqliteStatement top_, top_dated_, count_;
};

}  // namespace

int main(int argc, char** argv) {
  return run_search_tool(argc, argv, "fts5", [](const std::string& db) -> SessionFactory {
    return [db] { return std::make_unique<Fts5Session>(db); };
  });
}
