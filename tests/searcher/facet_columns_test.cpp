// Facets counted from in-memory columns (the default) give exactly what counting each match's
// stored values gives, and what a plain search filtered by each value counts; they follow the
// archive as articles are added, replaced and deleted under a Searcher that stays open.
#include <gtest/gtest.h>

#include <map>

#include "newsarchive/indexer/indexer.h"
#include "newsarchive/searcher.h"
#include "shard_fixture.h"
#include "shard_result_comparison.h"

namespace newsarchive {
namespace {

SearcherOptions from_stored_values() {
  SearcherOptions o;
  o.facet_columns = false;
  return o;
}

// A page of ten, collapsed, with every facet: the benchmark's shape of request.
SearchRequest page_with_facets(const std::string& query) {
  SearchRequest r = testing::every_match_with_facets(query, SortOrder::kRelevance);
  r.limit = 10;
  return r;
}

const char* const kQueries[] = {"",
                                "harbour",
                                "storm OR flood",
                                "bank rates inflation",
                                "\"harbour bridge\"",
                                "minister -budget",
                                "harb*",
                                "storm AND (bridge OR harbour)",
                                "person:\"anna berg\""};

void expect_same_similar(const SearchResult& a, const SearchResult& b) {
  ASSERT_EQ(a.hits.size(), b.hits.size());
  for (std::size_t i = 0; i < a.hits.size(); ++i)
    EXPECT_EQ(a.hits[i].similar, b.hits[i].similar) << a.hits[i].id;
  EXPECT_EQ(a.articles_estimate, b.articles_estimate);
}

class FacetColumnsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { archive_ = new testing::ShardedArchive; }
  static void TearDownTestSuite() { delete archive_; }
  static testing::ShardedArchive* archive_;
};
testing::ShardedArchive* FacetColumnsTest::archive_ = nullptr;

TEST_F(FacetColumnsTest, CountsEqualCountingStoredValuesOnOneDatabaseAndLocalShards) {
  for (const auto& path : {archive_->single, archive_->shards}) {
    const Searcher columns(path), stored(path, from_stored_values());
    for (const char* query : kQueries) {
      for (const bool collapse : {true, false}) {
        SCOPED_TRACE(path + ", query '" + query + "', collapse " + std::to_string(collapse));
        auto request = page_with_facets(query);
        request.collapse_duplicates = collapse;
        const auto a = columns.search(request), b = stored.search(request);
        testing::expect_same_result(a, b);
        expect_same_similar(a, b);
      }
    }
  }
}

// The reference that depends on no facet code: a search filtered by the value, counted.
std::uint64_t filtered_count(const Searcher& s, const std::string& query,
                             const std::string& filter) {
  SearchRequest r;
  r.query = query.empty() ? filter : "(" + query + ") " + filter;
  r.limit = 0;
  r.exact_total = true;
  r.collapse_duplicates = false;
  const auto result = s.search(r);
  EXPECT_EQ(result.total_lower_bound, result.total_upper_bound) << r.query;
  return result.total_lower_bound;
}

TEST_F(FacetColumnsTest, EachCountEqualsAPlainSearchFilteredByTheValue) {
  const Searcher s(archive_->shards);
  for (const char* query : {"", "harbour", "storm OR flood"}) {
    SCOPED_TRACE(std::string("query '") + query + "'");
    auto request = page_with_facets(query);
    request.collapse_duplicates = false;
    const auto result = s.search(request);
    std::map<std::string, std::size_t> checked;
    for (const auto& facet : result.facets) {
      for (const auto& v : facet.values) {
        if (v.count == 0 || facet.field == "mentions") continue;
        const std::string filter = facet.field == "date"   ? "date:" + v.key
                                   : facet.field == "lang" ? "lang:" + v.key
                                                           : facet.field + ":\"" + v.key + "\"";
        EXPECT_EQ(v.count, filtered_count(s, query, filter)) << filter;
        ++checked[facet.field];
      }
    }
    // index_files runs no entity tagger: entity lists are compared in tests/e2e/facets_test.cpp.
    for (const char* field : {"source", "date"}) EXPECT_GT(checked[field], 0u) << field;
  }
}

std::uint64_t count_of(const SearchResult& r, const std::string& field, const std::string& key) {
  for (const auto& f : r.facets)
    if (f.field == field)
      for (const auto& v : f.values)
        if (v.key == key) return v.count;
  return 0;
}

TEST(FacetColumnsChanges, AnOpenSearcherCountsTheArchiveAsCommittedAfterEachChange) {
  testing::TempDir dir;
  const std::string db = dir / "db";
  testing::index_files(db, {dir.write("a.jsonl", testing::generated_articles_jsonl(0, 200))});
  const Searcher columns(db);
  const auto request = page_with_facets("");
  const auto before = columns.search(request);
  const auto expect_as_stored = [&](const char* when) {
    SCOPED_TRACE(when);
    const auto now = columns.search(request);
    testing::expect_same_result(now, Searcher(db, from_stored_values()).search(request));
    return now;
  };
  // More articles, then the same ids again with another person: replaced, not added.
  testing::index_files(db, {dir.write("b.jsonl", testing::generated_articles_jsonl(200, 100))});
  const auto added = expect_as_stored("added");
  EXPECT_EQ(added.total_lower_bound, before.total_lower_bound + 100);
  std::string replaced = testing::generated_articles_jsonl(0, 50);
  for (std::size_t at; (at = replaced.find("Harbour Times")) != std::string::npos;)
    replaced.replace(at, 13, "Zora Quill Gazette");
  testing::index_files(db, {dir.write("c.jsonl", replaced)});
  const auto after_replace = expect_as_stored("replaced");
  EXPECT_GT(count_of(after_replace, "source", "Zora Quill Gazette"), 0u);
  EXPECT_EQ(after_replace.total_lower_bound, added.total_lower_bound);
  {
    indexer::IndexOptions o;
    o.db_path = db;
    indexer::Indexer ix(o, [](const std::string&) {});
    ix.remove({"generated-0", "generated-1", "generated-2"});
    ix.finish();
  }
  const auto after_delete = expect_as_stored("deleted");
  EXPECT_EQ(after_delete.total_lower_bound, added.total_lower_bound - 3);
}

}  // namespace
}  // namespace newsarchive
