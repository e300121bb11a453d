// bench-newsarchive-search: times newsarchive::Searcher::search in-process, exactly as an
// embedding program calls it (snippets and all). One Searcher shared by every thread, as its
// header documents.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>

#include "newsarchive/searcher.h"
#include "search_harness.h"

namespace {

using namespace newsarchive::bench;

// NEWSARCHIVE_BENCH_FACETS="person,org,place,date" times the same queries with those facets
// counted over every match (bench/run sets it for its "facets on" rows); each as news-search
// --facets writes it ("date:year").
std::vector<newsarchive::FacetRequest> facets_from_environment() {
  std::vector<newsarchive::FacetRequest> out;
  const char* env = std::getenv("NEWSARCHIVE_BENCH_FACETS");
  std::string list = env ? env : "";
  for (std::size_t start = 0; start < list.size();) {
    const auto end = std::min(list.find(',', start), list.size());
    if (end > start) out.push_back(newsarchive::parse_facet_spec(list.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

// NEWSARCHIVE_BENCH_SNIPPETS=0 times the same search without snippets, which the floor does not
// make either: the like-for-like comparison with it.
bool snippets_from_environment() {
  const char* env = std::getenv("NEWSARCHIVE_BENCH_SNIPPETS");
  return !env || std::string(env) != "0";
}

// NEWSARCHIVE_BENCH_COLLAPSE=0 times it without collapsing near-duplicates as well, which the
// floor does not do either: what collapsing costs.
bool collapse_from_environment() {
  const char* env = std::getenv("NEWSARCHIVE_BENCH_COLLAPSE");
  return !env || std::string(env) != "0";
}

// NEWSARCHIVE_BENCH_FEEDBACK=on|off times every query with relevance feedback, or none (default:
// the searcher's own choice, which is feedback for queries of four or more words).
newsarchive::Feedback feedback_from_environment() {
  const char* env = std::getenv("NEWSARCHIVE_BENCH_FEEDBACK");
  const std::string v = env ? env : "";
  return v == "on"    ? newsarchive::Feedback::kOn
         : v == "off" ? newsarchive::Feedback::kOff
                      : newsarchive::Feedback::kAuto;
}

// NEWSARCHIVE_BENCH_TIME_LIMIT_MS=N gives every search a time limit of N ms, as news-serve does
// with its --request-seconds: what checking the clock inside the match costs.
std::chrono::milliseconds time_limit_from_environment() {
  const char* env = std::getenv("NEWSARCHIVE_BENCH_TIME_LIMIT_MS");
  return std::chrono::milliseconds(env ? std::atol(env) : 0);
}

class NewsarchiveSession final : public Session {
 public:
  explicit NewsarchiveSession(std::shared_ptr<const newsarchive::Searcher> s)
      : searcher_(std::move(s)),
        facets_(facets_from_environment()),
        snippets_(snippets_from_environment()),
        collapse_(collapse_from_environment()),
        feedback_(feedback_from_environment()),
        time_limit_(time_limit_from_environment()) {}

  std::vector<RankedHit> search(const std::string& text, std::size_t limit,
                                const std::optional<DateFilter>& filter) override {
    newsarchive::SearchRequest request;
    request.query = text;
    if (filter) request.query += " date:" + filter->from + ".." + filter->to;
    request.limit = limit;
    request.facets = facets_;
    if (!snippets_) request.snippet_length = 0;
    request.collapse_duplicates = collapse_;
    request.feedback = feedback_;
    request.time_limit = time_limit_;
    std::vector<RankedHit> hits;
    for (const auto& h : searcher_->search(request).hits) hits.push_back({h.id, h.score});
    return hits;
  }

  // Asking for the hit after the last article makes Xapian look at every match, so the
  // estimate is exact; no hit is built.
  std::uint64_t count(const std::string& text) override {
    newsarchive::SearchRequest request;
    request.query = text;
    request.offset = searcher_->article_count();
    request.limit = 1;
    // Articles, as the peers count them: near-duplicate copies each count here.
    request.collapse_duplicates = false;
    const auto r = searcher_->search(request);
    if (r.total_lower_bound != r.total_upper_bound)
      throw std::runtime_error("inexact count for '" + text + "'");
    return r.total_lower_bound;
  }

 private:
  std::shared_ptr<const newsarchive::Searcher> searcher_;
  std::vector<newsarchive::FacetRequest> facets_;
  bool snippets_;
  bool collapse_;
  newsarchive::Feedback feedback_;
  std::chrono::milliseconds time_limit_;
};

}  // namespace

// NEWSARCHIVE_BENCH_FACET_COLUMNS=0 counts facets from each match's stored values (the way
// remote shards count), the reference the facet columns are measured against.
newsarchive::SearcherOptions options_from_environment() {
  const char* env = std::getenv("NEWSARCHIVE_BENCH_FACET_COLUMNS");
  newsarchive::SearcherOptions options;
  options.facet_columns = !env || std::string(env) != "0";
  return options;
}

int main(int argc, char** argv) {
  return run_search_tool(argc, argv, "newsarchive", [](const std::string& db) -> SessionFactory {
    auto searcher = std::make_shared<const newsarchive::Searcher>(db, options_from_environment());
    return [searcher] { return std::make_unique<NewsarchiveSession>(searcher); };
  });
}
