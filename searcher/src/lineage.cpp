// Story lineage over the public search calls: the article's cluster key from its own hit, then
// the cluster's every copy (the query language's cluster: filter, no collapsing), put in
// publication order. Built on search() so that it runs over shards, local or remote, as a
// search does.
#include <algorithm>
#include <limits>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/searcher.h"

namespace newsarchive {
namespace {

// Copies of one story number in the tens at most; this bounds a runaway cluster.
constexpr std::size_t kMostCopies = 100000;

// A filter value as the query language quotes it: inside quotes, a quote is doubled.
std::string quoted(const std::string& value) {
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Every matching article, as stored: no collapsing, no snippets, no feedback, no correction.
std::vector<Hit> every_match(const Searcher& searcher, const std::string& query,
                             std::size_t limit) {
  SearchRequest request;
  request.query = query;
  request.limit = limit;
  request.snippet_length = 0;
  request.collapse_duplicates = false;
  request.feedback = Feedback::kOff;
  return searcher.search(request).hits;
}

LineageCopy copy_of(const Hit& hit) {
  return LineageCopy{hit.id, hit.title, hit.source, hit.url, hit.date, std::nullopt};
}

// The article's cluster, every copy; the article alone when it is in none.
std::vector<LineageCopy> copies_in_cluster(const Searcher& searcher, const Hit& article) {
  if (article.cluster.empty()) return {copy_of(article)};
  std::vector<LineageCopy> all;
  for (const auto& hit : every_match(searcher, "cluster:" + quoted(article.cluster), kMostCopies))
    all.push_back(copy_of(hit));
  return all;
}

std::optional<Timestamp> published(const LineageCopy& c) {
  return c.date ? parse_publication_date(*c.date) : std::nullopt;
}

// Dated copies in publication order with their delays; undated ones apart, by source and id.
void put_in_order(std::vector<LineageCopy> all, Lineage& out) {
  const auto by_source = [](const LineageCopy& a, const LineageCopy& b) {
    return std::tie(a.source, a.id) < std::tie(b.source, b.id);
  };
  std::sort(all.begin(), all.end(), by_source);
  for (auto& c : all) (published(c) ? out.copies : out.undated).push_back(std::move(c));
  std::stable_sort(out.copies.begin(), out.copies.end(),
                   [](const auto& a, const auto& b) { return *published(a) < *published(b); });
  if (out.copies.empty()) return;
  const Timestamp first = *published(out.copies.front());
  for (auto& c : out.copies) c.delay_seconds = (*published(c) - first).count();
  out.first_source = out.copies.front().source;
}

}  // namespace

Lineage story_lineage(const Searcher& searcher, const std::string& id) {
  const auto self = every_match(searcher, "id:" + quoted(id), 1);
  if (self.empty() || self.front().id != id) throw QueryError("no article with id '" + id + "'");
  Lineage out;
  out.id = id;
  out.cluster = self.front().cluster;
  put_in_order(copies_in_cluster(searcher, self.front()), out);
  return out;
}

}  // namespace newsarchive
