// newsarchive's embeddable searcher: open an index, search it, read articles.
//
// Link `newsarchive::searcher` (find_package(newsarchive CONFIG)). No Xapian type appears here.
//
// Thread safety: a Searcher may be shared by any number of threads; every method is const and
// safe to call concurrently (tests/searcher/searcher_threads_test.cpp runs searches, explains,
// more-like-this and suggestions from several threads at once). Internally each call borrows its
// own database handle from a pool, because a Xapian database handle must not be used by two
// threads at once. The result structs are plain values that own their data.
// Freshness: each call first reopens its handle, so a search sees everything an indexer has
// committed up to that moment, without reopening the Searcher.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// What the shared library exports: it is built with -fvisibility=hidden, so only the names
// marked here (and nothing of its internals) are visible to programs that link it.
#if defined(__GNUC__)
#define NEWSARCHIVE_API __attribute__((visibility("default")))
#else
#define NEWSARCHIVE_API
#endif

namespace newsarchive {

// Every error the library throws derives from Error; the kinds let callers (and the CLI's exit
// codes) tell a user's mistake from a broken database.
class NEWSARCHIVE_API Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
// The database is missing, unreadable, locked against reading or damaged.
class NEWSARCHIVE_API DatabaseError : public Error {
 public:
  using Error::Error;
};
// The database was written by another schema version: re-index.
class NEWSARCHIVE_API SchemaError : public Error {
 public:
  using Error::Error;
};
// The query or a filter value cannot be understood (the message says what and where).
class NEWSARCHIVE_API QueryError : public Error {
 public:
  using Error::Error;
};

// A search that ran past SearchRequest::time_limit.
class NEWSARCHIVE_API TimeLimitError : public Error {
 public:
  using Error::Error;
};

enum class SortOrder {
  kRelevance,  // best first; equal scores newest first
  kNewest,     // publication date, newest first; undated last
  kOldest      // publication date, oldest first; undated last
};

// Pseudo-relevance feedback: a first search's best hits lend their shared words to the query,
// which then also ranks articles that say the same in other words. It costs a second search,
// which pays for questions (several words, as a researcher asks them) more than for a keyword
// or two, where the first search is usually what was meant: kAuto uses it for queries of four
// or more words. docs/query-syntax.md gives the figures.
enum class Feedback { kAuto, kOn, kOff };

// Counts of a facet's values over every match (not only the page shown).
struct FacetRequest {
  // One of facet_names(): "person", "org", "place", "source", "lang", "mentions", or "date"
  // (the histogram); "words" (what the matches are about) or "first-source" (who published
  // their near-duplicate clusters first), docs/research-tools-2.md. Another name is a QueryError.
  std::string field;
  std::size_t size = 10;  // most frequent values to return (ignored for "date")
  // "date" only: the histogram's periods, "day", "week" (ISO weeks, "2023-W40"), "month" or
  // "year"; empty: the finest that keeps it within about 60 bars. Another value is a QueryError.
  std::string granularity = {};
};

struct SearchRequest {
  // The query language of docs/query-syntax.md: words, "phrases", AND/OR/NOT, +/-, field:value.
  std::string query;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  // Longest snippet, in bytes of UTF-8 (a little over the characters of a terminal line or two);
  // 0 makes no snippet (faster: a snippet reads each hit's whole text).
  std::size_t snippet_length = 220;
  // Publication-date bounds, as in the query language ("2023", "2023-10", "2023-10-07"):
  // `since` from the start of its period, `until` to the end of its. Undated articles never match
  // a date bound.
  std::optional<std::string> since;
  std::optional<std::string> until;
  std::vector<FacetRequest> facets;
  // Near-duplicates (copies of one wire story, see docs/duplicates.md) are shown once, as their
  // best hit with Hit::similar counting the others; false shows every copy.
  bool collapse_duplicates = true;
  // More like this: articles most like the one with this id, found through Xapian's relevance
  // feedback (the article's most telling words, SearchResult::like_terms); the article itself
  // is left out. A `query` given as well narrows the candidates without changing their order.
  // Throws QueryError when there is no article with this id.
  std::optional<std::string> like_id;
  // Relevance-ranked searches only (not a date sort, not like_id); the words added are in
  // SearchResult::feedback_terms.
  Feedback feedback = Feedback::kAuto;
  // Fill Hit::explanation: why each hit has its score.
  bool explain = false;
  // Count every match exactly (totals lower == upper) even without facets; it reads every
  // matching document, so it costs more on big result sets.
  bool exact_total = false;
  // When nothing matches and SearchResult::suggestion has a correction, search the correction
  // instead and say so (SearchResult::corrected), as web search engines do. Off by default: a
  // program asking for an exact query gets what it asked for.
  bool search_suggestion_if_empty = false;
  // Longest the search may take; past it, it stops and throws TimeLimitError (0: no limit). For
  // a server, so that one costly request cannot hold a thread. Over remote shards the match
  // itself is bounded by SearcherOptions::remote_timeout_ms instead (Xapian's server takes no
  // match decider); the steps around it are still checked.
  std::chrono::milliseconds time_limit{0};
  // Only articles written to the archive after this indexing sequence (alerts, below).
  std::optional<std::uint64_t> indexed_after;
};

// A byte range [begin, end) of Snippet::text to highlight.
struct Highlight {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Snippet {
  std::string text;
  std::vector<Highlight> highlights;
};

// One query term's part in a score.
struct TermWeight {
  std::string term;      // the word as indexed (lower case; a stem when `stemmed`)
  std::string field;     // "" for any text, else the query-language field ("title", "author")
  bool stemmed = false;  // matched through its stem (prices -> price)
  double weight = 0;     // its contribution to the score; for like_terms, its relevance-feedback
                         // weight; for feedback_terms, the query weight it was given
};

// Why a hit has its score: the sum of its matched terms' weights, and what the terms do not
// account for (boosts, scaling, phrase and proximity parts of the ranking).
struct Explanation {
  std::vector<TermWeight> terms;  // highest weight first
  double other = 0;               // score minus the sum of the term weights
};

struct Hit {
  std::size_t rank = 0;  // 1-based position in the whole result list
  double score = 0;      // relevance weight, DFR IneB2 (0 when sorted by date alone)
  std::string id;
  std::string title;
  std::string url;
  std::string source;
  std::string language;
  std::vector<std::string> authors;
  // Publication date in UTC: ISO 8601 with the time ("2023-11-15T10:30:00Z"), or the day alone
  // ("2023-11-15") when the source gave no time; nothing when undated.
  std::optional<std::string> date;
  Snippet snippet;
  // With collapse_duplicates: how many other matching articles of this hit's near-duplicate
  // cluster were folded into it (at least that many when the totals are not exact).
  std::uint64_t similar = 0;
  // The near-duplicate cluster key ("" for articles indexed without one): the query
  // cluster:"<key>" with collapse_duplicates off lists the whole cluster.
  std::string cluster;
  std::optional<Explanation> explanation;  // with SearchRequest::explain
};

struct FacetValue {
  std::string key;    // what a filter matches: person:"<key>", date:<key>
  std::string label;  // how to show it: the most common written form, or the period
  std::uint64_t count = 0;
};

struct FacetResult {
  std::string field;
  // For "date": "day", "month" or "year", chosen to fit the matches' span; values are then
  // in time order, every period between the first and last included (zero counts too).
  // For other fields: empty, and values are most frequent first.
  std::string granularity;
  std::vector<FacetValue> values;
  std::uint64_t undated = 0;  // "date" only: matches with no publication date
};

struct SearchResult {
  std::string query;
  // Matches: an estimate and bounds (exact when lower == upper). With collapse_duplicates each
  // near-duplicate cluster counts once; articles_estimate counts every matching article.
  std::uint64_t total_estimate = 0;
  std::uint64_t total_lower_bound = 0;
  std::uint64_t total_upper_bound = 0;
  std::uint64_t articles_estimate = 0;
  std::vector<Hit> hits;
  // Things the user should know, e.g. "query retried without operators: ...".
  std::vector<std::string> warnings;
  // In the order requested. When facets are requested the totals above are exact.
  std::vector<FacetResult> facets;
  // "Did you mean": the query with its unknown or rare words replaced by similar, more frequent
  // words of the archive's own vocabulary (Xapian's spelling data, built by news-index).
  std::optional<std::string> suggestion;
  // True when the query as written matched nothing and these results are for `suggestion`
  // (only with SearchRequest::search_suggestion_if_empty).
  bool corrected = false;
  // With SearchRequest::like_id: the terms the search used, most telling first.
  std::vector<TermWeight> like_terms;
  // With feedback: the words it added, heaviest first, with the weight each was given.
  std::vector<TermWeight> feedback_terms;
};

// One stored article, whole.
struct ArticleRecord {
  std::string id;
  std::string title;
  std::string body;
  std::string url;
  std::string source;
  std::string language;
  std::string origin;  // the file (and line) it was indexed from
  std::vector<std::string> authors;
  std::optional<std::string> date;  // as Hit::date
};

// How a Searcher opens an archive spread over shards (docs/scaling.md): `path` may name a stub
// file (or a directory holding one, XAPIANDB) listing local and remote (xapian-tcpsrv) shards.
struct SearcherOptions {
  // Search the shards that answer and add a warning naming each one left out, instead of
  // failing; a shard that fails mid-search is then left out too. At least one must answer.
  bool allow_partial = false;
  // Remote shards: longest wait to connect, and for any one reply, in milliseconds.
  unsigned connect_timeout_ms = 5000;
  unsigned remote_timeout_ms = 10000;
  // Facets over local shards count from in-memory columns of the facet values, built on the
  // first facet search and again after each commit (docs/scaling.md, "Facets"). Off, they count
  // by reading each match's stored values, as over remote shards: the same counts, slower; kept
  // as the reference the tests and the benchmark compare with.
  bool facet_columns = true;
};

// The state of an archive now, as a health check reports it.
struct ArchiveStatus {
  std::uint64_t articles = 0;
  // The committed revision of an archive that is one local database: it grows with each commit
  // the indexer makes. Nothing for an archive of several shards or a remote one.
  std::optional<std::uint64_t> revision;
  std::size_t shards = 0;            // shards (databases) the archive has
  std::size_t shards_answering = 0;  // of them, those open now (fewer only under allow_partial)
  std::vector<std::string> missing;  // each shard left out: "shard N (where): reason"
};

// ---- Research tools (docs/research-tools.md): export, concordance, trend ----

// Export: each result as a row of named fields (news-search --csv).
struct ExportRequest {
  SearchRequest search;  // the results, in its sort order; offset and limit page them
  bool all = false;      // every result instead (offset and limit ignored)
  // Of export_field_names(); empty: default_export_fields(). Another name is a QueryError that
  // lists the valid ones.
  std::vector<std::string> fields;
};

// Concordance (keyword in context): every occurrence of the query's words and phrases in the
// text of the matching articles, as written there (a stem's or a wildcard's own word form).
enum class ConcordanceOrder {
  kResults,  // the results' order, occurrences in text order within an article
  kLeft,     // by the words before the match, nearest first (as concordancers sort)
  kRight,    // by the match and the words after it
  kDate      // oldest first, undated last
};

struct ConcordanceRequest {
  SearchRequest search;  // which articles (offset and limit page them); snippet_length unused
  bool all = false;      // every matching article
  std::size_t context_words = 8;  // words of context on each side
  ConcordanceOrder order = ConcordanceOrder::kResults;
};

struct ConcordanceLine {
  std::string id;
  std::optional<std::string> date;  // as Hit::date
  std::string source;
  // The match as written, and the text on either side of it to the context's last word, as it
  // stands (a space or a quote next to the match included): left + match + right is a passage
  // of the text on one line, runs of spaces made one.
  std::string left, match, right;
};

struct ConcordanceResult {
  std::string query;
  std::vector<ConcordanceLine> lines;
  std::uint64_t articles = 0;  // articles read (those of the page, or every match with `all`)
  std::uint64_t total = 0;     // matching results (SearchResult::total_estimate)
  std::vector<std::string> warnings;
};

// Trend: how many articles match each query per period, against all articles of the period.
enum class TrendPeriod { kDay, kWeek, kMonth, kYear };

struct TrendRequest {
  std::vector<std::string> queries;  // each in the query language; at least one
  TrendPeriod period = TrendPeriod::kMonth;
  std::optional<std::string> since, until;  // as SearchRequest's
};

struct TrendSeries {
  std::string query;
  std::vector<std::uint64_t> counts;  // matching articles per period of TrendResult::periods
  std::vector<double> shares;         // counts[i] / TrendResult::articles[i] (0 when none)
  std::uint64_t undated = 0;          // matching articles without a date (in no period)
};

struct TrendResult {
  std::string granularity;              // "day", "week", "month" or "year"
  std::vector<std::string> periods;     // every period from the first dated article to the last
  std::vector<std::uint64_t> articles;  // all articles of each period (within since/until)
  std::vector<TrendSeries> series;      // one per query, in the order asked
  std::vector<std::string> warnings;
};

class NEWSARCHIVE_API Searcher {
 public:
  // Opens the index at `path`. Throws DatabaseError or SchemaError with a message that says what
  // to do (for a shard: which one, "shard 2 (10.0.0.3:33333): ...").
  explicit Searcher(const std::string& path);
  Searcher(const std::string& path, const SearcherOptions& options);
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Throws QueryError for a query that cannot be understood even leniently.
  SearchResult search(const SearchRequest& request) const;
  // The article with this id, or nothing.
  std::optional<ArticleRecord> article(const std::string& id) const;
  std::uint64_t article_count() const;
  // Reopened to the last commit, like a search. Throws DatabaseError when no shard answers.
  ArchiveStatus status() const;

  // Research tools (docs/research-tools.md). Each throws as search() does.
  // Each result of `request` (its page, or every result with `all`), in its sort order, to
  // `visit` as it is read: the texts are read one at a time, so memory grows only by the ordered
  // list of matches (tens of bytes each). Returns the number visited.
  std::uint64_t for_each_hit(const SearchRequest& request, bool all,
                             const std::function<void(const Hit&)>& visit) const;
  // Each result as the values of `request.fields`, in that order, streamed as for_each_hit.
  std::uint64_t export_rows(const ExportRequest& request,
                            const std::function<void(const std::vector<std::string>&)>& row) const;
  ConcordanceResult concordance(const ConcordanceRequest& request) const;
  // Counted from the date facet's columns, one counting match per query and one for the totals.
  TrendResult trend(const TrendRequest& request) const;
  const std::string& path() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The index both tools use when none is named: $NEWSARCHIVE_DB, else
// $XDG_DATA_HOME/newsarchive/index, else ~/.local/share/newsarchive/index.
NEWSARCHIVE_API std::string default_index_path();

// The names FacetRequest::field accepts, in the order the documentation lists them.
NEWSARCHIVE_API std::vector<std::string> facet_names();
// The facets whose keys are also filters (person:"KEY", source:"KEY"): facet_names() without
// "words" and "first-source", which are computed from the matches rather than stored.
NEWSARCHIVE_API std::vector<std::string> filter_facet_names();
// One facet as the front ends write it: "NAME", "NAME:COUNT" (COUNT values), or for the date
// histogram "date:day", "date:week", "date:month" or "date:year". Throws QueryError naming the
// spec for an unknown facet or a malformed suffix.
NEWSARCHIVE_API FacetRequest parse_facet_spec(std::string_view spec);

// ---- Story lineage (docs/research-tools-2.md) ----

// One copy of a story: an article of a near-duplicate cluster.
struct LineageCopy {
  std::string id;
  std::string title;
  std::string source;
  std::string url;
  std::optional<std::string> date;  // as Hit::date
  // Seconds after the first dated copy (a copy dated by its day alone counts from that day's
  // midnight UTC); nothing for an undated copy.
  std::optional<std::int64_t> delay_seconds;
};

struct Lineage {
  std::string id;       // the article asked about
  std::string cluster;  // its cluster key; "" for an article in no cluster (then it is alone)
  // Every dated copy, in publication order (ties: by source, then id); the first is the first.
  std::vector<LineageCopy> copies;
  std::vector<LineageCopy> undated;  // copies with no publication date, by source, then id
  // The source of the first dated copy; nothing when no copy is dated.
  std::optional<std::string> first_source;
};

// The near-duplicate cluster of the article with this id, every copy of it, in publication
// order. Throws QueryError when no article has this id.
NEWSARCHIVE_API Lineage story_lineage(const Searcher& searcher, const std::string& id);

// ---- Saved searches and alerts (docs/research-tools-2.md) ----
//
// Saved searches are kept in the archive itself (Xapian metadata; in a sharded archive, in its
// first shard, which must be local). Listing them and reading alerts need only read access;
// saving, forgetting and marking alerts read open that database for writing for a moment, and
// throw DatabaseError while news-index is writing it.

struct SavedSearch {
  std::string name;  // 1 to 64 of letters, digits, '-', '_' and '.'
  std::string query;
  std::optional<std::string> since;  // as SearchRequest::since
  std::optional<std::string> until;
};

struct Alert {
  SavedSearch search;
  std::uint64_t total = 0;  // matching articles written since alerts were last read
  std::vector<Hit> hits;    // the newest of them (near-duplicates collapsed)
};

struct AlertReport {
  std::vector<Alert> alerts;  // every saved search, by name
  // Articles written after `since` and up to `until` (indexing sequences: microseconds since
  // 1970 when a batch was written) are new; mark_alerts_read(path, until) moves on past them.
  std::uint64_t since = 0;
  std::uint64_t until = 0;
};

NEWSARCHIVE_API std::vector<SavedSearch> saved_searches(const std::string& archive_path);
// Replaces a saved search of the same name. Throws QueryError for a bad name or a query or
// date bound that cannot be understood.
NEWSARCHIVE_API void save_search(const std::string& archive_path, const SavedSearch& search);
// False when there was no saved search of that name.
NEWSARCHIVE_API bool forget_search(const std::string& archive_path, const std::string& name);
// Each saved search's matches among the articles written since alerts were last marked read.
NEWSARCHIVE_API AlertReport read_alerts(const Searcher& searcher, std::size_t hits_per_search);
NEWSARCHIVE_API void mark_alerts_read(const std::string& archive_path, std::uint64_t until);

// The fields ExportRequest::fields accepts, and those exported when it names none.
NEWSARCHIVE_API std::vector<std::string> export_field_names();
NEWSARCHIVE_API std::vector<std::string> default_export_fields();
// One RFC 4180 record: fields joined by commas, each with a comma, quote, CR or LF quoted (its
// quotes doubled), ended by CRLF. A field that starts with =, +, - or @ gets a leading
// apostrophe, so that a spreadsheet shows it rather than running it as a formula.
NEWSARCHIVE_API std::string csv_record(const std::vector<std::string>& fields);

}  // namespace newsarchive
