// Saved searches and alerts: named searches kept in the archive's metadata, and the articles
// matching them that were written since alerts were last read.
//
// Why an indexing sequence: every article carries the sequence of the batch that wrote it
// (schema kIndexSequence: the clock in microseconds, at least one more than any earlier batch
// of its database). Xapian document ids cannot serve: merging shards renumbers them, and a
// shard's ids interleave with another's. Revisions are per database and say nothing about a
// document. The sequence is a value of each document, so it survives merging and splitting
// into shards, compares across shards, and a re-indexed (changed) article gets a new one.
#include <xapian.h>

#include <algorithm>
#include <filesystem>

#include "library_errors.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/searcher.h"
#include "shard_stub.h"

namespace newsarchive {
namespace {

constexpr std::size_t kMaxNameBytes = 64;
constexpr char kFieldSeparator = '\x1f';

bool valid_name(const std::string& name) {
  return !name.empty() && name.size() <= kMaxNameBytes &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.';
         });
}

// The database that keeps the saved searches: the archive, or the first shard of a sharded one
// (Xapian reads a multi-database's metadata from its first database).
std::string home_of(const std::string& archive_path) {
  const auto stub = searcher::stub_file_of(archive_path);
  if (!stub) return archive_path;
  const auto first = searcher::read_stub(*stub).front();
  if (first.kind != searcher::ShardAddress::Kind::kLocal)
    throw DatabaseError("saved searches live in the first shard of '" + archive_path + "', and " +
                        first.name() + " is remote: list a local shard first");
  return first.path;
}

std::string encode(const SavedSearch& s) {
  return s.query + kFieldSeparator + s.since.value_or("") + kFieldSeparator + s.until.value_or("");
}

SavedSearch decode(const std::string& name, const std::string& value) {
  SavedSearch s{name, value, std::nullopt, std::nullopt};
  const auto first = value.find(kFieldSeparator);
  if (first == std::string::npos) return s;
  const auto second = value.find(kFieldSeparator, first + 1);
  s.query = value.substr(0, first);
  const std::string since = value.substr(first + 1, second - first - 1);
  const std::string until = second == std::string::npos ? "" : value.substr(second + 1);
  if (!since.empty()) s.since = since;
  if (!until.empty()) s.until = until;
  return s;
}

std::string key_of(const std::string& name) {
  return std::string(schema::kSavedSearchPrefix) + name;
}

// Runs `change` on the home database opened for writing, and commits.
template <typename Change>
auto change_home(const std::string& archive_path, Change change) {
  const std::string home = home_of(archive_path);
  return searcher::with_library_errors(
      "changing the saved searches of '" + archive_path + "'", [&] {
        try {
          Xapian::WritableDatabase db(home, Xapian::DB_OPEN);
          auto result = change(db);
          db.commit();
          return result;
        } catch (const Xapian::DatabaseLockError&) {
          throw DatabaseError("'" + home +
                              "' is being written (news-index?); try again "
                              "when it is done");
        }
      });
}

SearchRequest alert_request(const SavedSearch& s, std::uint64_t since, std::size_t limit) {
  SearchRequest r;
  r.query = s.query;
  r.since = s.since;
  r.until = s.until;
  r.limit = limit;
  r.sort = SortOrder::kNewest;
  r.snippet_length = 0;
  r.feedback = Feedback::kOff;
  r.exact_total = true;
  r.collapse_duplicates = false;  // every new copy is news to someone watching
  r.indexed_after = since;
  return r;
}

}  // namespace

std::vector<SavedSearch> saved_searches(const std::string& archive_path) {
  const std::string home = home_of(archive_path);
  return searcher::with_library_errors("reading the saved searches of '" + archive_path + "'", [&] {
    const Xapian::Database db(home);
    const std::string prefix(schema::kSavedSearchPrefix);
    std::vector<SavedSearch> out;
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k)
      out.push_back(decode((*k).substr(prefix.size()), db.get_metadata(*k)));
    return out;
  });
}

void save_search(const std::string& archive_path, const SavedSearch& search) {
  if (!valid_name(search.name))
    throw QueryError("saved search name '" + search.name +
                     "': use 1 to 64 letters, digits, '-', '_' or '.'");
  if (search.query.find_first_of("\x1f\n") != std::string::npos)
    throw QueryError("a saved search's query must be one line");
  // Understood now, not at the first alert: a bad query or date bound throws QueryError here.
  Searcher(archive_path).search(alert_request(search, 0, 0));
  change_home(archive_path, [&](Xapian::WritableDatabase& db) {
    db.set_metadata(key_of(search.name), encode(search));
    return true;
  });
}

bool forget_search(const std::string& archive_path, const std::string& name) {
  return change_home(archive_path, [&](Xapian::WritableDatabase& db) {
    if (db.get_metadata(key_of(name)).empty()) return false;
    db.set_metadata(key_of(name), "");
    return true;
  });
}

AlertReport read_alerts(const Searcher& searcher, std::size_t hits_per_search) {
  AlertReport report;
  searcher::with_library_errors("reading the alerts of '" + searcher.path() + "'", [&] {
    const Xapian::Database home(home_of(searcher.path()));
    report.since = std::stoull("0" + home.get_metadata(std::string(schema::kAlertsReadKey)));
    const Xapian::Database archive(searcher.path());
    report.until = std::max(report.since, stored::decode_sequence(archive.get_value_upper_bound(
                                              schema::slot(schema::Field::kIndexSequence))));
    return 0;
  });
  for (auto& s : saved_searches(searcher.path())) {
    const auto result = searcher.search(alert_request(s, report.since, hits_per_search));
    report.alerts.push_back(Alert{std::move(s), result.articles_estimate, result.hits});
  }
  return report;
}

void mark_alerts_read(const std::string& archive_path, std::uint64_t until) {
  change_home(archive_path, [&](Xapian::WritableDatabase& db) {
    db.set_metadata(std::string(schema::kAlertsReadKey), std::to_string(until));
    return true;
  });
}

}  // namespace newsarchive
