// The timing loop every search benchmark program shares, so that newsarchive, the bare Xapian
// floor and SQLite FTS5 are measured by the same code: warm-up, repeats, per-query medians,
// queries per second over N threads, exact match counts, and ranked runs for relevance scoring.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace newsarchive::bench {

// Inclusive publication-day bounds, "YYYY-MM-DD".
struct DateFilter {
  std::string from;
  std::string to;
};

struct RankedHit {
  std::string id;
  double score = 0;
};

// One thread's handle on an engine; never shared between threads.
class Session {
 public:
  virtual ~Session() = default;
  // Top `limit` hits, best first. Implementations read each hit's stored data, as a real
  // search page would.
  virtual std::vector<RankedHit> search(const std::string& query, std::size_t limit,
                                        const std::optional<DateFilter>& filter) = 0;
  // The exact number of matching articles.
  virtual std::uint64_t count(const std::string& query) = 0;
};

using SessionFactory = std::function<std::unique_ptr<Session>()>;

// Parses the common options (--db, --queries, --mode, ...), builds the engine with
// `make_factory(db_path)` and prints one JSON object (or a TREC run) on stdout.
int run_search_tool(int argc, char** argv, const std::string& engine,
                    const std::function<SessionFactory(const std::string& db)>& make_factory);

}  // namespace newsarchive::bench
