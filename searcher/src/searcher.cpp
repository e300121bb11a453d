#include "newsarchive/searcher.h"

#include <type_traits>

#include "concordance.h"
#include "database_pool.h"
#include "deadline.h"
#include "derived_facets.h"
#include "explain.h"
#include "export_rows.h"
#include "facet_spies.h"
#include "hit_sink.h"
#include "library_errors.h"
#include "more_like_this.h"
#include "newsarchive/common/database_path.h"
#include "newsarchive/common/language_stems.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/date_range.h"
#include "newsarchive/text/languages.h"
#include "query_builder.h"
#include "ranking.h"
#include "relevance_feedback.h"
#include "request_limits.h"
#include "snippets.h"
#include "spelling_suggestion.h"
#include "stem_groups.h"

namespace newsarchive {
namespace {

using schema::Field;

constexpr std::size_t kExactCountBeyondPage = 100;

// Sorts by publication date with undated articles last in both directions (an empty value
// would otherwise come first when ascending).
class DateKeyUndatedLast final : public Xapian::KeyMaker {
 public:
  explicit DateKeyUndatedLast(bool newest_first) : newest_first_(newest_first) {}
  std::string operator()(const Xapian::Document& doc) const override {
    std::string v = doc.get_value(schema::slot(Field::kDate));
    if (v.empty()) return newest_first_ ? std::string() : std::string(1, '\xff');
    return v;
  }

 private:
  bool newest_first_;
};

std::optional<std::string> publication_date(const stored::StoredArticle& s) {
  if (!s.published) return std::nullopt;
  return format_publication_date(*s.published, s.published_has_time);
}

Hit make_hit(const Xapian::MSetIterator& it, std::size_t rank, const Xapian::MSet& mset,
             const SearchRequest& request, const searcher::SnippetMaker& snippets) {
  const Xapian::Document doc = it.get_document();
  const auto stored = stored::decode_data(doc.get_data());
  Hit h;
  h.rank = rank;
  h.score = it.get_weight();
  h.id = stored.id;
  h.title = stored.title;
  h.url = stored.url;
  h.source = stored.source;
  h.language = stored.language;
  h.authors = stored.authors;
  h.date = publication_date(stored);
  if (request.snippet_length > 0) h.snippet = snippets.make(mset, stored.body, stored.language);
  if (request.collapse_duplicates) {
    h.similar = it.get_collapse_count();
    // The indexer sets the collapse key exactly when it sets a cluster, and the match has read
    // the key already: a hit without one has no cluster, and reading its value slot again was
    // a tenth of a search without snippets (callgrind).
    if (!it.get_collapse_key().empty()) h.cluster = doc.get_value(schema::slot(Field::kCluster));
  } else {
    h.cluster = doc.get_value(schema::slot(Field::kCluster));
  }
  return h;
}

// Questions of this many words or more get relevance feedback under Feedback::kAuto.
constexpr std::size_t kQuestionWords = 4;

bool wants_feedback(const SearchRequest& request, std::size_t query_terms) {
  if (request.sort != SortOrder::kRelevance || request.like_id) return false;
  switch (request.feedback) {
    case Feedback::kOn:
      return true;
    case Feedback::kOff:
      return false;
    case Feedback::kAuto:
      break;
  }
  return query_terms >= kQuestionWords;
}

// The publication-date bounds of a request as a filter query (empty when there are none).
Xapian::Query date_bounds(const SearchRequest& request) {
  const unsigned slot = schema::slot(Field::kDate);
  std::vector<Xapian::Query> bounds;
  const auto period = [](const std::string& flag, const std::string& text) {
    auto p = parse_period(text);
    if (!p.period) throw QueryError(flag + " " + text + ": " + p.error);
    return *p.period;
  };
  if (request.since) {
    const auto p = period("since", *request.since);
    bounds.emplace_back(Xapian::Query::OP_VALUE_GE, slot, stored::encode_time(Timestamp{*p.first}));
  }
  if (request.until) {
    const auto p = period("until", *request.until);
    bounds.emplace_back(Xapian::Query::OP_VALUE_LE, slot,
                        stored::encode_time(Timestamp{*p.end} - std::chrono::seconds(1)));
  }
  if (bounds.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, bounds.begin(), bounds.end());
}

// The spies that count the requested facets over every match. Over local shards they count
// from columns (facet_columns.h) in a match of their own (count_every_match), so that the page
// is found as fast as without facets; over remote shards, or without columns, they count while
// the page's match runs, which must then see every match (Xapian's own spies remotely).
struct FacetCounters {
  std::vector<std::unique_ptr<searcher::KeyCountSpy>> keys;
  std::unique_ptr<searcher::DayCountSpy> days;
  std::vector<std::pair<const FacetRequest*, Xapian::MatchSpy*>> order;
  searcher::DatabasePool::Lease& db;
  std::optional<searcher::ColumnCounting> columns;  // set when counting from columns
  std::vector<std::unique_ptr<searcher::ServerCountedValues>> relays;

  // True when counting (and the exact totals) take a match of their own.
  bool own_match() const { return columns.has_value(); }

  template <typename Spy>
  void attach(Xapian::Enquire& enquire, Spy& spy, bool key_list) {
    if (own_match() && std::is_same_v<Spy, searcher::KeyCountSpy>) {
      columns->add_ranked(spy.slot(), key_list, spy);
    } else if (own_match()) {
      columns->add(spy.slot(), key_list, spy);
    } else if (db.has_remote()) {
      relays.push_back(std::make_unique<searcher::ServerCountedValues>(spy));
      enquire.add_matchspy(relays.back()->spy());
    } else {
      enquire.add_matchspy(&spy);
    }
  }

  // `cache` null: count from stored values even where columns could count.
  FacetCounters(const SearchRequest& request, Xapian::Enquire& enquire,
                searcher::DatabasePool::Lease& lease, searcher::FacetColumnCache* cache)
      : db(lease) {
    // Columns describe revisions of local shards only.
    if (cache && !request.facets.empty() && !db.has_remote() &&
        !searcher::archive_state(db.shards()).empty())
      columns.emplace(db.shards(), *cache);
    for (const auto& fr : request.facets) add(fr, enquire);
    if (own_match() && request.collapse_duplicates)
      columns->count_clusters(schema::slot(Field::kCollapseKey));
  }

  void add(const FacetRequest& fr, Xapian::Enquire& enquire) {
    // Counted after the match (derived_facets.h): a place in the order, no spy.
    if (searcher::is_derived_facet(fr.field)) {
      order.emplace_back(&fr, nullptr);
      return;
    }
    const auto* facet = schema::find_facet(fr.field);
    if (!facet)
      throw QueryError("no facet '" + fr.field + "' (facets: " + schema::facet_names_list() +
                       ", words, first-source)");
    if (facet->kind == schema::FacetKind::kHistogram) {
      if (!fr.granularity.empty() && !searcher::period_named(fr.granularity))
        throw QueryError("no date granularity '" + fr.granularity +
                         "' (granularities: day, week, month, year)");
      if (!days) {
        days = std::make_unique<searcher::DayCountSpy>(schema::slot(facet->field));
        attach(enquire, *days, false);
      }
      order.emplace_back(&fr, days.get());
      return;
    }
    const bool key_list = facet->kind == schema::FacetKind::kKeyList;
    keys.push_back(std::make_unique<searcher::KeyCountSpy>(schema::slot(facet->field), key_list));
    attach(enquire, *keys.back(), key_list);
    order.emplace_back(&fr, keys.back().get());
  }

  // Counting's own match, then exact totals, each near-duplicate cluster one result when
  // collapsing, as the page's match would count them if it saw every match.
  void count_every_match(const Xapian::Query& query, SearchResult& result,
                         const searcher::Deadline& deadline) {
    columns->run(query, deadline);
    result.total_estimate = result.total_lower_bound = result.total_upper_bound =
        columns->results();
    result.articles_estimate = columns->matches();
  }

  std::vector<FacetResult> results() const {
    for (const auto& relay : relays) relay->replay();
    if (columns) columns->replay();
    std::vector<FacetResult> out;
    for (const auto& [fr, spy] : order) {
      if (!spy) {
        out.emplace_back().field = fr->field;
      } else if (spy == days.get()) {
        out.push_back(days->histogram(searcher::period_named(fr->granularity)));
      } else {
        const auto* keys_spy = static_cast<searcher::KeyCountSpy*>(spy);
        auto ranked = columns ? columns->top(*keys_spy, fr->field, fr->size) : std::nullopt;
        out.push_back(ranked ? std::move(*ranked) : keys_spy->top(fr->field, fr->size));
        if (schema::find_facet(fr->field)->field == Field::kMentions)
          for (auto& v : out.back().values)
            v.label = v.key.substr(0, 4) + "-" + v.key.substr(4, 2) + "-" + v.key.substr(6, 2);
      }
    }
    return out;
  }
};

// A search as its steps, each reading and leaving its part of one search's state. Searcher::search
// runs it on a borrowed handle, and runs a new one on a fresh handle when the database changed
// underneath.
class SearchRun {
 public:
  struct Archive {
    const searcher::QueryBuilder& builder;
    const std::string& language;
    searcher::StemGroupCache& stem_cache;
    bool stems_at_search;
    searcher::FacetColumnCache* facet_columns;  // null: facets count stored values
  };

  // `sink`, when given, takes each hit instead of the result's list (hit_sink.h).
  SearchRun(const Archive& archive, searcher::DatabasePool::Lease& db, const SearchRequest& request,
            searcher::HitSink* sink = nullptr)
      : archive_(archive),
        db_(db),
        request_(request),
        sink_(sink),
        deadline_(request.time_limit),
        decider_(deadline_),
        enquire_(*db) {}

  SearchResult run() {
    parse();
    if (request_.like_id)
      narrow_to_similar();
    else
      suggestion_ = searcher::spelling_suggestion(request_.query, *db_, query_stemmers());
    filter_by_dates();
    if (wants_feedback(request_, query_terms_)) expand_by_feedback();
    deadline_.check();
    set_up_matching();
    match();
    deadline_.check();
    return make_result();
  }

  // Whether nothing matched, while a spelling suggestion may find something.
  bool worth_correcting() const {
    return request_.search_suggestion_if_empty && suggestion_ &&
           mset_.get_matches_upper_bound() == 0;
  }
  const std::optional<std::string>& suggestion() const { return suggestion_; }

 private:
  void parse() {
    parsed_ = archive_.builder.parse(request_.query, *db_);
    // Counted as parsed, a stem once however many words it groups.
    query_terms_ = searcher::text_term_count(parsed_.counted);
    stem_groups_.emplace(*db_, parsed_.stemmer, language_code(archive_.language).value_or("en"),
                         &archive_.stem_cache, archive_.stems_at_search);
    parsed_.query = stem_groups_->expand(parsed_.query);
  }

  // The stemmers of every language the query's words were stemmed for (not Xapian::Stem(code):
  // Xapian knows the codes of its own languages only, "ms" is stemmed as Indonesian, and Greek
  // comes from libstemmer).
  std::vector<Xapian::Stem> query_stemmers() const {
    std::vector<Xapian::Stem> stems{parsed_.stemmer};
    for (const auto& language : parsed_.stem_languages) stems.push_back(snowball_stemmer(language));
    return stems;
  }

  void narrow_to_similar() {
    auto like = searcher::more_like_this(*db_, *request_.like_id, archive_.language);
    // The query's words only narrow the similar articles; their order is the likeness.
    if (request_.query.find_first_not_of(" \t\r\n") != std::string::npos)
      like.query = Xapian::Query(Xapian::Query::OP_FILTER, like.query, parsed_.query);
    parsed_.query = like.query;
    like_terms_ = std::move(like.terms);
  }

  void filter_by_dates() {
    if (const auto bounds = date_bounds(request_); !bounds.empty())
      parsed_.query = Xapian::Query(Xapian::Query::OP_FILTER, parsed_.query, bounds);
    if (request_.indexed_after)
      parsed_.query = Xapian::Query(
          Xapian::Query::OP_FILTER, parsed_.query,
          Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::slot(Field::kIndexSequence),
                        stored::encode_sequence(*request_.indexed_after + 1)));
  }

  void expand_by_feedback() {
    auto expansion =
        searcher::expand_by_feedback(*db_, parsed_.query, query_terms_, *weighting_, *stem_groups_,
                                     language_code(archive_.language).value_or("en"));
    parsed_.query = std::move(expansion.query);
    feedback_terms_ = std::move(expansion.terms);
  }

  void set_up_matching() {
    enquire_.set_query(parsed_.query);
    facets_.emplace(request_, enquire_, db_, archive_.facet_columns);
    // Articles with no cluster key (an empty value) are never collapsed.
    if (request_.collapse_duplicates) enquire_.set_collapse_key(schema::slot(Field::kCollapseKey));
    enquire_.set_weighting_scheme(*weighting_);
    set_sort_order();
    // Counting from columns sees every match in a match of its own, exact totals included;
    // otherwise the page's match must see every match when facets or exact totals are wanted.
    exact_here_ = (!request_.facets.empty() || request_.exact_total) && !facets_->own_match();
    // Xapian counts collapsed results exactly only for those that compete for the page, so when
    // exact totals are wanted the clusters are counted by Xapian's own spy (it runs remotely too).
    count_clusters_ = request_.collapse_duplicates && exact_here_;
    if (count_clusters_) enquire_.add_matchspy(&clusters_);
  }

  void set_sort_order() {
    const unsigned date_slot = schema::slot(Field::kDate);
    switch (request_.sort) {
      case SortOrder::kRelevance:
        enquire_.set_sort_by_relevance_then_value(date_slot, /*reverse=*/true);
        break;
      case SortOrder::kNewest:
        // Xapian's server takes no KeyMaker; a value sort, descending, also puts undated last.
        if (db_.has_remote())
          enquire_.set_sort_by_value_then_relevance(date_slot, /*reverse=*/true);
        else
          enquire_.set_sort_by_key_then_relevance(&newest_, /*reverse=*/true);
        break;
      case SortOrder::kOldest:
        if (db_.has_remote())
          throw QueryError(
              "sorting oldest first is not available over remote shards (undated articles "
              "would come first); use --sort newest, or search local shards");
        enquire_.set_sort_by_key_then_relevance(&oldest_, /*reverse=*/false);
        break;
    }
  }

  void match() {
    // Facets count every match, so the matcher must see them all: that also makes the totals
    // exact. A page of hits needs no more than the page: looking further only sharpens the
    // estimated total, and it stops Xapian from skipping articles that cannot reach the page.
    // With no page (-n 0, a count) look a hundred matches on, so that small result sets get
    // exact totals and an AND of rare filters is not estimated at zero.
    check_at_least_ = exact_here_ ? db_->get_doccount()
                      : request_.limit == 0
                          ? searcher::page_end(request_.offset, kExactCountBeyondPage)
                          : searcher::page_end(request_.offset, request_.limit);
    mset_ = enquire_.get_mset(searcher::page_bound(request_.offset),
                              searcher::page_bound(request_.limit), check_at_least_, nullptr,
                              time_decider());
  }

  SearchResult make_result() {
    SearchResult result;
    result.query = request_.query;
    result.suggestion = suggestion_;
    result.like_terms = std::move(like_terms_);
    result.feedback_terms = std::move(feedback_terms_);
    result.warnings = std::move(parsed_.warnings);
    for (const auto& shard : db_.missing()) result.warnings.push_back("not searched: " + shard);
    count_totals(result);
    if (count_clusters_) count_results_by_cluster(result);
    if (facets_->own_match()) facets_->count_every_match(parsed_.query, result, deadline_);
    result.facets = facets_->results();
    searcher::count_derived_facets({*db_, parsed_.query, parsed_.stemmer, archive_.language},
                                   request_, result.facets);
    add_hits(result);
    return result;
  }

  void count_totals(SearchResult& result) const {
    result.total_estimate = mset_.get_matches_estimated();
    result.total_lower_bound = mset_.get_matches_lower_bound();
    result.total_upper_bound = mset_.get_matches_upper_bound();
    result.articles_estimate = mset_.get_uncollapsed_matches_estimated();
    // Fewer matches than the matcher was asked to check means it saw them all. Xapian 1.4 then
    // still leaves a collapsing search's upper bound at its estimate, which for a stem's words
    // (OP_SYNONYM) is the sum of their frequencies: the lower bound is the exact count.
    if (mset_.get_uncollapsed_matches_lower_bound() < check_at_least_) {
      result.total_estimate = result.total_upper_bound = result.total_lower_bound;
      result.articles_estimate = mset_.get_uncollapsed_matches_lower_bound();
    }
  }

  void count_results_by_cluster(SearchResult& result) const {
    // Each distinct key is one result; an article without a key is never collapsed.
    std::uint64_t keyed = 0, distinct = 0;
    for (auto v = clusters_.values_begin(); v != clusters_.values_end(); ++v) {
      keyed += v.get_termfreq();
      ++distinct;
    }
    result.total_estimate = result.total_lower_bound = result.total_upper_bound =
        distinct + (clusters_.get_total() - keyed);
    // The spy sees every match before collapsing; Xapian's own uncollapsed count is estimated.
    result.articles_estimate = clusters_.get_total();
  }

  void add_hits(SearchResult& result) {
    std::size_t rank = request_.offset;
    const searcher::SnippetMaker snippets(parsed_.query, request_.snippet_length, parsed_.stemmer,
                                          parsed_.stem_languages, archive_.language);
    for (auto it = mset_.begin(); it != mset_.end(); ++it) {
      deadline_.check();  // a snippet reads the hit's whole text
      if (sink_) {
        sink_->started = true;
        sink_->take(mset_, snippets, it.get_document(),
                    make_hit(it, ++rank, mset_, request_, snippets));
        continue;
      }
      result.hits.push_back(make_hit(it, ++rank, mset_, request_, snippets));
      if (const auto similar = facets_->own_match() ? facets_->columns->similar(*it) : std::nullopt)
        result.hits.back().similar = *similar;
      if (request_.explain)
        result.hits.back().explanation = searcher::explain_hit(
            *db_, enquire_, it, schema::boolean_term(Field::kId, result.hits.back().id),
            *weighting_, *stem_groups_);
    }
  }

  // What ends a match past the time limit; none without a limit, or over remote shards.
  const Xapian::MatchDecider* time_decider() const {
    return deadline_.active() && !db_.has_remote() ? &decider_ : nullptr;
  }

  const Archive& archive_;
  searcher::DatabasePool::Lease& db_;
  const SearchRequest& request_;
  searcher::HitSink* sink_;
  const searcher::Deadline deadline_;
  const searcher::DeadlineDecider decider_;
  searcher::ParsedQuery parsed_;
  std::size_t query_terms_ = 0;
  std::optional<searcher::StemGroups> stem_groups_;
  std::optional<std::string> suggestion_;
  std::vector<TermWeight> like_terms_;
  std::vector<TermWeight> feedback_terms_;
  // Named, because --explain must weigh each term with the very scheme that ranked the hits.
  const std::unique_ptr<Xapian::Weight> weighting_ = searcher::make_weight();
  // The enquire keeps pointers to the sort keys and the spies: they live as long as it does.
  Xapian::Enquire enquire_;
  DateKeyUndatedLast newest_{true}, oldest_{false};
  std::optional<FacetCounters> facets_;
  bool exact_here_ = false;
  bool count_clusters_ = false;
  Xapian::ValueCountMatchSpy clusters_{schema::slot(Field::kCollapseKey)};
  Xapian::doccount check_at_least_ = 0;
  Xapian::MSet mset_;
};

}  // namespace

namespace {

// An indexer that commits twice while a handle reads makes Xapian give up on the read; a fresh
// handle sees one consistent revision. A few tries, then the error is the caller's.
constexpr int kReadTries = 3;

template <typename Read>
auto read_consistently(searcher::DatabasePool& pool, Read&& read) {
  for (int attempt = 1;; ++attempt) {
    try {
      auto db = pool.borrow();
      return read(*db);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kReadTries) throw;
    }
  }
}

}  // namespace

// Hidden: its members are internals, though Searcher (whose member it is) is exported.
struct __attribute__((visibility("hidden"))) Searcher::Impl {
  searcher::DatabasePool pool;
  std::string language;
  bool stems_at_search;
  searcher::QueryBuilder builder;
  searcher::StemGroupCache stem_groups;
  searcher::FacetColumnCache facet_columns;
  bool use_facet_columns;

  Impl(const std::string& path, const SearcherOptions& options)
      : pool(path, options),
        language(language_of(pool)),
        stems_at_search(metadata(pool, schema::kStemsKey) == schema::kStemsAtSearch),
        builder(language, /*stems_indexed=*/!stems_at_search),
        use_facet_columns(options.facet_columns) {}

  SearchResult search_once(const SearchRequest& request,
                           std::optional<std::string>* worth_correcting,
                           searcher::HitSink* sink = nullptr);
  std::optional<SearchResult> attempt(const SearchRun::Archive& archive,
                                      searcher::DatabasePool::Lease& db,
                                      const SearchRequest& request,
                                      std::optional<std::string>* worth_correcting,
                                      searcher::HitSink* sink);
  searcher::SinkSearch sink_search() {
    return [this](const SearchRequest& r, searcher::HitSink& sink) {
      return search_once(r, nullptr, &sink);
    };
  }

  static std::string language_of(searcher::DatabasePool& p) {
    const auto lang = metadata(p, schema::kLanguageKey);
    return lang.empty() ? "en" : lang;
  }

  static std::string metadata(searcher::DatabasePool& p, std::string_view key) {
    return read_consistently(
        p, [&](const Xapian::Database& db) { return db.get_metadata(std::string(key)); });
  }
};

Searcher::Searcher(const std::string& path) : Searcher(path, SearcherOptions{}) {}
Searcher::Searcher(const std::string& path, const SearcherOptions& options)
    : impl_(searcher::with_library_errors("opening '" + path + "'",
                                          [&] { return std::make_unique<Impl>(path, options); })) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

const std::string& Searcher::path() const {
  return impl_->pool.path();
}

SearchResult Searcher::search(const SearchRequest& request) const {
  std::optional<std::string> suggestion;
  SearchResult result = impl_->search_once(request, &suggestion);
  if (!suggestion) return result;
  // Nothing matched: the results for the spelling suggestion, when there are any.
  SearchRequest corrected = request;
  corrected.query = *suggestion;
  corrected.search_suggestion_if_empty = false;
  SearchResult correction = impl_->search_once(corrected, nullptr);
  if (correction.hits.empty() && correction.total_upper_bound == 0) return result;
  correction.query = request.query;
  correction.suggestion = std::move(suggestion);
  correction.corrected = true;
  return correction;
}

// One search; again on a fresh handle (the first given back) when the indexer committed
// meanwhile or a remote shard went away. Sets `*worth_correcting` to the spelling suggestion
// when nothing matched and the request wants the suggestion searched.
SearchResult Searcher::Impl::search_once(const SearchRequest& request,
                                         std::optional<std::string>* worth_correcting,
                                         searcher::HitSink* sink) {
  const SearchRun::Archive archive{builder, language, stem_groups, stems_at_search,
                                   use_facet_columns ? &facet_columns : nullptr};
  return searcher::with_library_errors("search failed in '" + pool.path() + "'", [&] {
    for (;;) {
      auto db = pool.borrow();
      if (auto result = attempt(archive, db, request, worth_correcting, sink))
        return std::move(*result);
    }
  });
}

// The search on one borrowed handle, or nothing when a fresh handle should try again; never
// again once hits were handed to `sink`: they cannot be taken back.
std::optional<SearchResult> Searcher::Impl::attempt(const SearchRun::Archive& archive,
                                                    searcher::DatabasePool::Lease& db,
                                                    const SearchRequest& request,
                                                    std::optional<std::string>* worth_correcting,
                                                    searcher::HitSink* sink) {
  try {
    SearchRun run(archive, db, request, sink);
    SearchResult result = run.run();
    if (worth_correcting && run.worth_correcting()) *worth_correcting = run.suggestion();
    return result;
  } catch (const Xapian::DatabaseModifiedError&) {
    // The indexer committed twice while we read: a fresh handle sees a consistent revision.
    if (sink && sink->started)
      throw DatabaseError("the archive '" + pool.path() +
                          "' changed too much while its matches were read; run again");
    return std::nullopt;
  } catch (const Xapian::NetworkError& e) {
    // A remote shard went away since this handle was opened: open the shards afresh, which
    // names the one that is down (or leaves it out under allow_partial), and search again.
    if (db.fresh() || (sink && sink->started))
      throw DatabaseError("search failed in '" + pool.path() +
                          "': a remote shard stopped answering: " + e.get_description());
    db.discard();
    return std::nullopt;
  }
}

std::optional<ArticleRecord> Searcher::article(const std::string& id) const {
  return searcher::with_library_errors("reading article '" + id + "' from '" + path() + "'", [&] {
    return read_consistently(impl_->pool,
                             [&](const Xapian::Database& db) -> std::optional<ArticleRecord> {
                               const std::string term = schema::boolean_term(Field::kId, id);
                               auto it = db.postlist_begin(term);
                               if (it == db.postlist_end(term)) return std::nullopt;
                               const auto s = stored::decode_data(db.get_document(*it).get_data());
                               return ArticleRecord{s.id,     s.title,   s.body,
                                                    s.url,    s.source,  s.language,
                                                    s.origin, s.authors, publication_date(s)};
                             });
  });
}

std::uint64_t Searcher::article_count() const {
  return searcher::with_library_errors("counting the articles of '" + path() + "'", [&] {
    return read_consistently(
        impl_->pool, [](const Xapian::Database& db) -> std::uint64_t { return db.get_doccount(); });
  });
}

std::vector<std::string> filter_facet_names() {
  std::vector<std::string> names;
  for (const auto& f : schema::facets()) names.emplace_back(f.name);
  return names;
}

std::vector<std::string> facet_names() {
  std::vector<std::string> names = filter_facet_names();
  for (auto& name : searcher::derived_facet_names()) names.push_back(std::move(name));
  return names;
}

ArchiveStatus Searcher::status() const {
  return searcher::with_library_errors("reading the state of '" + path() + "'", [&] {
    auto db = impl_->pool.borrow();
    ArchiveStatus status;
    status.articles = db->get_doccount();
    status.shards_answering = db->size();
    status.missing = db.missing();
    status.shards = status.shards_answering + status.missing.size();
    // Xapian knows a revision only for one local database; a remote one or several throw.
    if (status.shards == 1 && !db.has_remote()) status.revision = db->get_revision();
    return status;
  });
}

// Research tools: the work is in export_rows.cpp and concordance.cpp (trend.cpp searches).
std::uint64_t Searcher::for_each_hit(const SearchRequest& request, bool all,
                                     const std::function<void(const Hit&)>& visit) const {
  return searcher::stream_hits(impl_->sink_search(), request, all, visit);
}

std::uint64_t Searcher::export_rows(
    const ExportRequest& request,
    const std::function<void(const std::vector<std::string>&)>& row) const {
  return searcher::stream_rows(impl_->sink_search(), request, row);
}

ConcordanceResult Searcher::concordance(const ConcordanceRequest& request) const {
  return searcher::concordance(impl_->sink_search(), request);
}

std::string default_index_path() {
  return default_database_path();
}

}  // namespace newsarchive
