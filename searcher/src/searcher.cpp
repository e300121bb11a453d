#include "newsarchive/searcher.h"

#include <type_traits>

#include "database_pool.h"
#include "explain.h"
#include "facet_spies.h"
#include "more_like_this.h"
#include "newsarchive/common/database_path.h"
#include "newsarchive/common/date_range.h"
#include "newsarchive/common/languages.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "query_builder.h"
#include "ranking.h"
#include "relevance_feedback.h"
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
  if (request.snippet_length > 0) h.snippet = snippets.make(mset, stored.body);
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
    if (fr.field == "date") {
      if (!days) {
        days = std::make_unique<searcher::DayCountSpy>(schema::slot(Field::kDay));
        attach(enquire, *days, false);
      }
      order.emplace_back(&fr, days.get());
      return;
    }
    const auto* row = schema::find_by_query_name(fr.field);
    if (!row || row->slot == schema::kNoSlot || row->field == Field::kDay)
      throw QueryError("no facet '" + fr.field +
                       "' (facets: person, org, place, source, lang, mentions, date)");
    const bool key_list = row->encoding == schema::ValueEncoding::kKeyList;
    keys.push_back(std::make_unique<searcher::KeyCountSpy>(row->slot, key_list));
    attach(enquire, *keys.back(), key_list);
    order.emplace_back(&fr, keys.back().get());
  }

  // Counting's own match, then exact totals, each near-duplicate cluster one result when
  // collapsing, as the page's match would count them if it saw every match.
  void count_every_match(const Xapian::Query& query, SearchResult& result) {
    columns->run(query);
    result.total_estimate = result.total_lower_bound = result.total_upper_bound =
        columns->results();
    result.articles_estimate = columns->matches();
  }

  std::vector<FacetResult> results() const {
    for (const auto& relay : relays) relay->replay();
    if (columns) columns->replay();
    std::vector<FacetResult> out;
    for (const auto& [fr, spy] : order) {
      if (spy == days.get()) {
        out.push_back(days->histogram());
      } else {
        const auto* keys_spy = static_cast<searcher::KeyCountSpy*>(spy);
        auto ranked = columns ? columns->top(*keys_spy, fr->field, fr->size) : std::nullopt;
        out.push_back(ranked ? std::move(*ranked) : keys_spy->top(fr->field, fr->size));
        if (fr->field == "mentions")
          for (auto& v : out.back().values)
            v.label = v.key.substr(0, 4) + "-" + v.key.substr(4, 2) + "-" + v.key.substr(6, 2);
      }
    }
    return out;
  }
};

// The results for a spelling suggestion, when there are any.
std::optional<SearchResult> search_correction(const Searcher& searcher,
                                              const SearchRequest& request,
                                              const std::string& suggestion) {
  SearchRequest corrected = request;
  corrected.query = suggestion;
  corrected.search_suggestion_if_empty = false;
  SearchResult result = searcher.search(corrected);
  if (result.hits.empty() && result.total_upper_bound == 0) return std::nullopt;
  result.query = request.query;
  result.suggestion = suggestion;
  result.corrected = true;
  return result;
}

}  // namespace

struct Searcher::Impl {
  searcher::DatabasePool pool;
  std::string language;
  searcher::QueryBuilder builder;
  searcher::StemGroupCache stem_groups;
  searcher::FacetColumnCache facet_columns;
  bool use_facet_columns;
  bool stems_at_search;

  Impl(const std::string& path, const SearcherOptions& options)
      : pool(path, options),
        language(language_of(pool)),
        builder(language),
        use_facet_columns(options.facet_columns),
        stems_at_search(pool.borrow()->get_metadata(std::string(schema::kStemsKey)) ==
                        schema::kStemsAtSearch) {}

  static std::string language_of(searcher::DatabasePool& p) {
    auto db = p.borrow();
    const auto lang = db->get_metadata(std::string(schema::kLanguageKey));
    return lang.empty() ? "en" : lang;
  }
};

Searcher::Searcher(const std::string& path) : Searcher(path, SearcherOptions{}) {}
Searcher::Searcher(const std::string& path, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>(path, options)) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

const std::string& Searcher::path() const {
  return impl_->pool.path();
}

SearchResult Searcher::search(const SearchRequest& request) const {
  auto db = impl_->pool.borrow();
  try {
    auto parsed = impl_->builder.parse(request.query, *db);
    // Counted as parsed, a stem once however many words it groups.
    const std::size_t query_terms = searcher::text_term_count(parsed.query);
    const bool feedback = wants_feedback(request, query_terms);
    searcher::StemGroups stem_groups(*db, parsed.stemmer,
                                     language_code(impl_->language).value_or("en") == "en",
                                     &impl_->stem_groups, impl_->stems_at_search);
    parsed.query = stem_groups.expand(parsed.query);
    std::optional<std::string> suggestion;
    std::vector<TermWeight> like_terms;
    if (request.like_id) {
      auto like = searcher::more_like_this(*db, *request.like_id, impl_->language);
      // The query's words only narrow the similar articles; their order is the likeness.
      if (request.query.find_first_not_of(" \t\r\n") != std::string::npos)
        like.query = Xapian::Query(Xapian::Query::OP_FILTER, like.query, parsed.query);
      parsed.query = like.query;
      like_terms = std::move(like.terms);
    } else {
      suggestion = searcher::spelling_suggestion(request.query, *db);
    }
    Xapian::Enquire enquire(*db);
    if (const auto bounds = date_bounds(request); !bounds.empty())
      parsed.query = Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, bounds);
    // Named, because --explain must weigh each term with the very scheme that ranked the hits.
    const auto weighting = searcher::make_weight();
    std::vector<TermWeight> feedback_terms;
    if (feedback) {
      auto expansion = searcher::expand_by_feedback(*db, parsed.query, query_terms, *weighting,
                                                    stem_groups, parsed.stemmer, impl_->language);
      parsed.query = std::move(expansion.query);
      feedback_terms = std::move(expansion.terms);
    }
    enquire.set_query(parsed.query);
    FacetCounters facets(request, enquire, db,
                         impl_->use_facet_columns ? &impl_->facet_columns : nullptr);
    // Articles with no cluster key (an empty value) are never collapsed.
    if (request.collapse_duplicates) enquire.set_collapse_key(schema::slot(Field::kCollapseKey));
    enquire.set_weighting_scheme(*weighting);
    const unsigned date_slot = schema::slot(Field::kDate);
    DateKeyUndatedLast newest(true), oldest(false);
    switch (request.sort) {
      case SortOrder::kRelevance:
        enquire.set_sort_by_relevance_then_value(date_slot, /*reverse=*/true);
        break;
      case SortOrder::kNewest:
        // Xapian's server takes no KeyMaker; a value sort, descending, also puts undated last.
        if (db.has_remote())
          enquire.set_sort_by_value_then_relevance(date_slot, /*reverse=*/true);
        else
          enquire.set_sort_by_key_then_relevance(&newest, /*reverse=*/true);
        break;
      case SortOrder::kOldest:
        if (db.has_remote())
          throw QueryError(
              "sorting oldest first is not available over remote shards (undated articles "
              "would come first); use --sort newest, or search local shards");
        enquire.set_sort_by_key_then_relevance(&oldest, /*reverse=*/false);
        break;
    }
    // Facets count every match, so the matcher must see them all: that also makes the totals
    // exact. A page of hits needs no more than the page: looking further only sharpens the
    // estimated total, and it stops Xapian from skipping articles that cannot reach the page.
    // With no page (-n 0, a count) look a hundred matches on, so that small result sets get
    // exact totals and an AND of rare filters is not estimated at zero.
    // Counting from columns sees every match in a match of its own, exact totals included.
    const bool exact_here = (!request.facets.empty() || request.exact_total) && !facets.own_match();
    const Xapian::doccount check_at_least =
        exact_here           ? db->get_doccount()
        : request.limit == 0 ? static_cast<Xapian::doccount>(request.offset + kExactCountBeyondPage)
                             : static_cast<Xapian::doccount>(request.offset + request.limit);
    // Xapian counts collapsed results exactly only for those that compete for the page, so when
    // exact totals are wanted the clusters are counted by Xapian's own spy (it runs remotely too).
    const bool count_clusters = request.collapse_duplicates && exact_here;
    Xapian::ValueCountMatchSpy clusters(schema::slot(Field::kCollapseKey));
    if (count_clusters) enquire.add_matchspy(&clusters);
    const Xapian::MSet mset =
        enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                         static_cast<Xapian::doccount>(request.limit), check_at_least);
    if (request.search_suggestion_if_empty && suggestion && mset.get_matches_upper_bound() == 0)
      if (auto corrected = search_correction(*this, request, *suggestion))
        return std::move(*corrected);
    SearchResult result;
    result.query = request.query;
    result.suggestion = std::move(suggestion);
    result.like_terms = std::move(like_terms);
    result.feedback_terms = std::move(feedback_terms);
    result.warnings = std::move(parsed.warnings);
    for (const auto& shard : db.missing()) result.warnings.push_back("not searched: " + shard);
    result.total_estimate = mset.get_matches_estimated();
    result.total_lower_bound = mset.get_matches_lower_bound();
    result.total_upper_bound = mset.get_matches_upper_bound();
    result.articles_estimate = mset.get_uncollapsed_matches_estimated();
    // Fewer matches than the matcher was asked to check means it saw them all. Xapian 1.4 then
    // still leaves a collapsing search's upper bound at its estimate, which for a stem's words
    // (OP_SYNONYM) is the sum of their frequencies: the lower bound is the exact count.
    if (mset.get_uncollapsed_matches_lower_bound() < check_at_least) {
      result.total_estimate = result.total_upper_bound = result.total_lower_bound;
      result.articles_estimate = mset.get_uncollapsed_matches_lower_bound();
    }
    if (count_clusters) {
      // Each distinct key is one result; an article without a key is never collapsed.
      std::uint64_t keyed = 0, distinct = 0;
      for (auto v = clusters.values_begin(); v != clusters.values_end(); ++v) {
        keyed += v.get_termfreq();
        ++distinct;
      }
      result.total_estimate = result.total_lower_bound = result.total_upper_bound =
          distinct + (clusters.get_total() - keyed);
      // The spy sees every match before collapsing; Xapian's own uncollapsed count is estimated.
      result.articles_estimate = clusters.get_total();
    }
    if (facets.own_match()) facets.count_every_match(parsed.query, result);
    result.facets = facets.results();
    std::size_t rank = request.offset;
    const searcher::SnippetMaker snippets(parsed.query, request.snippet_length, parsed.stemmer);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      result.hits.push_back(make_hit(it, ++rank, mset, request, snippets));
      if (const auto similar = facets.own_match() ? facets.columns->similar(*it) : std::nullopt)
        result.hits.back().similar = *similar;
      if (request.explain)
        result.hits.back().explanation = searcher::explain_hit(
            *db, enquire, it, schema::boolean_term(Field::kId, result.hits.back().id), *weighting,
            stem_groups);
    }
    return result;
  } catch (const Xapian::DatabaseModifiedError&) {
    // The indexer committed twice while we read; a fresh handle sees a consistent revision.
    return search(request);
  } catch (const Xapian::NetworkError& e) {
    // A remote shard went away since this handle was opened: open the shards afresh, which
    // names the one that is down (or leaves it out under allow_partial), and search again.
    if (db.fresh())
      throw DatabaseError("search failed in '" + path() +
                          "': a remote shard stopped answering: " + e.get_description());
    db.discard();
    return search(request);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("search failed in '" + path() + "': " + e.get_description());
  }
}

std::optional<ArticleRecord> Searcher::article(const std::string& id) const {
  auto db = impl_->pool.borrow();
  const std::string term = schema::boolean_term(Field::kId, id);
  auto it = db->postlist_begin(term);
  if (it == db->postlist_end(term)) return std::nullopt;
  const auto s = stored::decode_data(db->get_document(*it).get_data());
  return ArticleRecord{
      s.id, s.title, s.body, s.url, s.source, s.language, s.origin, s.authors, publication_date(s)};
}

std::uint64_t Searcher::article_count() const {
  return impl_->pool.borrow()->get_doccount();
}

std::string default_index_path() {
  return default_database_path();
}

}  // namespace newsarchive
