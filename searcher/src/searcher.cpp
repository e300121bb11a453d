#include "newsarchive/searcher.h"

#include "database_pool.h"
#include "explain.h"
#include "facet_spies.h"
#include "more_like_this.h"
#include "newsarchive/common/database_path.h"
#include "newsarchive/common/date_range.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "query_builder.h"
#include "snippets.h"
#include "spelling_suggestion.h"

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

std::optional<std::string> iso(const std::optional<Timestamp>& t) {
  if (!t) return std::nullopt;
  return format_iso8601(*t);
}

Hit make_hit(const Xapian::MSetIterator& it, std::size_t rank, const Xapian::MSet& mset,
             const SearchRequest& request, const Xapian::Stem& stemmer) {
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
  h.date = iso(stored.published);
  h.snippet = searcher::make_snippet(mset, stored.body, request.snippet_length, stemmer);
  return h;
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

// The spies that count the requested facets while matching.
struct FacetCounters {
  std::vector<std::unique_ptr<searcher::KeyCountSpy>> keys;
  std::unique_ptr<searcher::DayCountSpy> days;
  std::vector<std::pair<const FacetRequest*, Xapian::MatchSpy*>> order;

  FacetCounters(const std::vector<FacetRequest>& requests, Xapian::Enquire& enquire) {
    for (const auto& fr : requests) {
      if (fr.field == "date") {
        if (!days) {
          days = std::make_unique<searcher::DayCountSpy>(schema::slot(Field::kDay));
          enquire.add_matchspy(days.get());
        }
        order.emplace_back(&fr, days.get());
        continue;
      }
      const auto* row = schema::find_by_query_name(fr.field);
      if (!row || row->slot == schema::kNoSlot || row->field == Field::kDay)
        throw QueryError("no facet '" + fr.field +
                         "' (facets: person, org, place, source, lang, mentions, date)");
      keys.push_back(std::make_unique<searcher::KeyCountSpy>(
          row->slot, row->encoding == schema::ValueEncoding::kKeyList));
      enquire.add_matchspy(keys.back().get());
      order.emplace_back(&fr, keys.back().get());
    }
  }

  std::vector<FacetResult> results() const {
    std::vector<FacetResult> out;
    for (const auto& [fr, spy] : order) {
      if (spy == days.get()) {
        out.push_back(days->histogram());
      } else {
        out.push_back(static_cast<searcher::KeyCountSpy*>(spy)->top(fr->field, fr->size));
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

  explicit Impl(const std::string& path)
      : pool(path), language(language_of(pool)), builder(language) {}

  static std::string language_of(searcher::DatabasePool& p) {
    auto db = p.borrow();
    const auto lang = db->get_metadata(std::string(schema::kLanguageKey));
    return lang.empty() ? "en" : lang;
  }
};

Searcher::Searcher(const std::string& path) : impl_(std::make_unique<Impl>(path)) {}
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
    enquire.set_query(parsed.query);
    FacetCounters facets(request.facets, enquire);
    // Named, because --explain must weigh each term with the very scheme that ranked the hits.
    const Xapian::BM25Weight weighting;
    enquire.set_weighting_scheme(weighting);
    const unsigned date_slot = schema::slot(Field::kDate);
    DateKeyUndatedLast newest(true), oldest(false);
    switch (request.sort) {
      case SortOrder::kRelevance:
        enquire.set_sort_by_relevance_then_value(date_slot, /*reverse=*/true);
        break;
      case SortOrder::kNewest:
        enquire.set_sort_by_key_then_relevance(&newest, /*reverse=*/true);
        break;
      case SortOrder::kOldest:
        enquire.set_sort_by_key_then_relevance(&oldest, /*reverse=*/false);
        break;
    }
    // Facets count every match, so the matcher must see them all: that also makes the totals
    // exact.
    // Otherwise look at least a hundred matches past the page: small result sets then get exact
    // totals, and an AND of rare filters is not estimated at zero when nothing is shown (-n 0).
    const Xapian::doccount check_at_least =
        request.facets.empty() && !request.exact_total
            ? static_cast<Xapian::doccount>(request.offset + request.limit + kExactCountBeyondPage)
            : db->get_doccount();
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
    result.warnings = std::move(parsed.warnings);
    result.total_estimate = mset.get_matches_estimated();
    result.total_lower_bound = mset.get_matches_lower_bound();
    result.total_upper_bound = mset.get_matches_upper_bound();
    result.facets = facets.results();
    std::size_t rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      result.hits.push_back(make_hit(it, ++rank, mset, request, parsed.stemmer));
      if (request.explain)
        result.hits.back().explanation = searcher::explain_hit(
            *db, enquire, it, schema::boolean_term(Field::kId, result.hits.back().id), weighting);
    }
    return result;
  } catch (const Xapian::DatabaseModifiedError&) {
    // The indexer committed twice while we read; a fresh handle sees a consistent revision.
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
  return ArticleRecord{s.id,       s.title,  s.body,    s.url,           s.source,
                       s.language, s.origin, s.authors, iso(s.published)};
}

std::uint64_t Searcher::article_count() const {
  return impl_->pool.borrow()->get_doccount();
}

std::string default_index_path() {
  return default_database_path();
}

}  // namespace newsarchive
