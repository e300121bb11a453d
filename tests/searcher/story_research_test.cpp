// Story lineage, the first-source facet and the significant-words facet, through the public
// library interface (docs/research-tools-2.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "newsarchive/indexer/enrichers/duplicate_enricher.h"
#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

// One text long enough for the near-duplicate detector to sign (well over 40 shingles).
const std::string kWireText =
    "The harbour at Portmere reopened to cargo ships on Monday morning, nine days after a "
    "winter storm tore away part of the northern breakwater and sank two pilot boats at their "
    "moorings. Harbour master Agnes Tollund said divers had cleared the main channel of debris "
    "over the weekend and that the first container vessel had berthed shortly after dawn. The "
    "harbour board estimates the repairs to the breakwater at fourteen million crowns and has "
    "asked the regional government for emergency funds for the fishing crews.";

std::string story(const std::string& source, const std::string& date) {
  return "Title: Portmere harbour reopens\n" + (date.empty() ? "" : "Date: " + date + "\n") +
         "Source: " + source + "\n\n" + kWireText + "\n";
}

// Plain-text articles indexed with near-duplicate detection, as news-index does by default.
void index_with_clusters(const testing::TempDir& dir, const std::string& db,
                         const std::vector<std::pair<std::string, std::string>>& articles) {
  indexer::IndexOptions o;
  o.db_path = db;
  indexer::Indexer ix(o, [](const std::string&) {});
  indexer::dedup::DuplicateOptions duplicates;
  duplicates.db_path = db;
  ix.add_enricher(std::make_unique<indexer::DuplicateEnricher>(duplicates));
  std::vector<std::string> paths;
  for (const auto& [name, text] : articles) paths.push_back(dir.write("src/" + name, text));
  ix.index(paths);
  ix.finish();
}

class StoryLineageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_with_clusters(dir_, db_,
                        {{"a.txt", story("Portmere Gazette", "2024-05-06T09:30:00Z")},
                         {"b.txt", story("Coast Wire", "2024-05-06T06:00:00Z")},
                         {"c.txt", story("Harbour Weekly", "")},
                         {"d.txt", story("Sandport Courier", "2024-05-08")}});
  }
  std::string id_of(const std::string& source) const {
    SearchRequest r;
    r.query = "source:\"" + source + "\"";
    r.collapse_duplicates = false;
    const auto hits = Searcher(db_).search(r).hits;
    return hits.size() == 1 ? hits.front().id : "";
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_F(StoryLineageTest, OneTextFromFourSourcesIsFourArticles) {
  EXPECT_EQ(Searcher(db_).article_count(), 4u);
}

TEST_F(StoryLineageTest, CopiesComeInPublicationOrderWithTheirDelays) {
  const Searcher searcher(db_);
  const Lineage l = story_lineage(searcher, id_of("Sandport Courier"));
  EXPECT_EQ(l.id, id_of("Sandport Courier"));
  EXPECT_FALSE(l.cluster.empty());
  ASSERT_EQ(l.copies.size(), 3u);
  EXPECT_EQ(l.copies[0].source, "Coast Wire");
  EXPECT_EQ(l.copies[0].delay_seconds, 0);
  EXPECT_EQ(l.copies[1].source, "Portmere Gazette");
  EXPECT_EQ(l.copies[1].delay_seconds, 3 * 3600 + 30 * 60);
  EXPECT_EQ(l.copies[2].source, "Sandport Courier");
  EXPECT_EQ(l.copies[2].date, "2024-05-08");  // a day alone counts from its midnight
  EXPECT_EQ(l.copies[2].delay_seconds, 2 * 86400 - 6 * 3600);
  ASSERT_EQ(l.undated.size(), 1u);
  EXPECT_EQ(l.undated[0].source, "Harbour Weekly");
  EXPECT_FALSE(l.undated[0].delay_seconds);
  EXPECT_EQ(l.first_source, "Coast Wire");
  // Every copy tells the same lineage.
  const Lineage from_wire = story_lineage(searcher, id_of("Coast Wire"));
  EXPECT_EQ(from_wire.cluster, l.cluster);
  EXPECT_EQ(from_wire.copies.size(), 3u);
}

TEST_F(StoryLineageTest, AnUnknownIdIsAQueryError) {
  EXPECT_THROW(story_lineage(Searcher(db_), "no-such-id"), QueryError);
}

TEST_F(StoryLineageTest, FirstSourceCountsEachClusterOnceByItsEarliestCopy) {
  SearchRequest r;
  r.query = "breakwater";
  r.facets = {{"first-source", 10}, {"source", 10}};
  const auto result = Searcher(db_).search(r);
  ASSERT_EQ(result.facets.size(), 2u);
  EXPECT_EQ(result.facets[0].field, "first-source");
  ASSERT_EQ(result.facets[0].values.size(), 1u);
  EXPECT_EQ(result.facets[0].values[0].label, "Coast Wire");
  EXPECT_EQ(result.facets[0].values[0].count, 1u);
  EXPECT_EQ(result.facets[1].field, "source");  // the other facets keep their places
  EXPECT_EQ(result.facets[1].values.size(), 4u);
  // A query matching only a later copy still names the first one.
  r.query = "source:\"Sandport Courier\"";
  EXPECT_EQ(Searcher(db_).search(r).facets[0].values[0].label, "Coast Wire");
}

TEST(StoryLineage, AnArticleInNoClusterIsItsOwnLineage) {
  testing::TempDir dir;
  const std::string db = dir / "db";
  index_with_clusters(
      dir, db, {{"brief.txt", "Id: brief\nDate: 2024-01-02\nSource: Wire\n\nShort note.\n"}});
  const Lineage l = story_lineage(Searcher(db), "brief");
  ASSERT_EQ(l.copies.size(), 1u);
  EXPECT_EQ(l.copies[0].id, "brief");
  EXPECT_EQ(l.first_source, "Wire");
  EXPECT_TRUE(l.undated.empty());
}

// Words: two topics, and the words of the matching one come first.
class SignificantWordsTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    std::vector<std::pair<std::string, std::string>> articles;
    for (int i = 0; i < 6; ++i) {
      articles.push_back({"cocoa" + std::to_string(i) + ".txt",
                          "Id: cocoa" + std::to_string(i) +
                              "\nTitle: Cocoa prices\n\nCocoa futures rose " +
                              std::to_string(i + 2) +
                              " percent as growers in Ivory Coast reported a smaller "
                              "harvest and grinders bought beans ahead of the season." +
                              (i % 2 ? " Traders expect more rain." : "")});
      articles.push_back({"football" + std::to_string(i) + ".txt",
                          "Id: football" + std::to_string(i) +
                              "\nTitle: Cup final\n\nThe striker scored twice as the home side "
                              "won the cup final before a crowd of fans, ahead of the season."});
    }
    testing::index_articles(dir_, db_, articles, GetParam());
  }
  FacetResult words(const std::string& query, std::size_t size) const {
    SearchRequest r;
    r.query = query;
    r.facets = {{"words", size}};
    const auto result = Searcher(db_).search(r);
    return result.facets.at(0);
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_P(SignificantWordsTest, TheMatchesOwnVocabularyWithoutQueryWordsStopwordsOrNumbers) {
  const FacetResult f = words("cocoa", 14);
  EXPECT_EQ(f.field, "words");
  ASSERT_FALSE(f.values.empty());
  std::vector<std::string> shown;
  for (const auto& v : f.values) {
    shown.push_back(v.key);
    EXPECT_EQ(v.label, v.key);
  }
  for (const char* word : {"harvest", "grinders", "ivory", "futures"})
    EXPECT_NE(std::find(shown.begin(), shown.end(), word), shown.end()) << word;
  for (const char* word : {"cocoa", "the", "as", "in", "2", "striker", "cup"})
    EXPECT_EQ(std::find(shown.begin(), shown.end(), word), shown.end()) << word;
  // Ranked by significance: the football articles have "season" too, but no "harvest"; the
  // title's "prices" (a title word counts three times) comes first.
  const auto harvest = std::find(shown.begin(), shown.end(), "harvest");
  EXPECT_EQ(std::find(shown.begin(), harvest, "season"), harvest);
  EXPECT_EQ(shown.front(), "prices");
}

TEST_P(SignificantWordsTest, CountsAreMatchesContainingTheWord) {
  std::map<std::string, std::uint64_t> count;
  for (const auto& v : words("cocoa", 20).values) count[v.key] = v.count;
  EXPECT_EQ(count["harvest"], 6u);  // every match
  EXPECT_EQ(count["rain"], 3u);     // every other match
  EXPECT_EQ(count["traders"], 3u);
}

TEST_P(SignificantWordsTest, OneWordPerStemAndTheQuerysStemsLeftOut) {
  // "prices" shares its stem with the query's "price"; "cocoa" and "futures" are left out too.
  const FacetResult f = words("price OR title:futures", 20);
  for (const auto& v : f.values) {
    EXPECT_NE(v.key, "prices");
    EXPECT_NE(v.key, "futures");
  }
}

TEST_P(SignificantWordsTest, NothingMatchedIsNoWords) {
  EXPECT_TRUE(words("zeppelin", 5).values.empty());
}

INSTANTIATE_TEST_SUITE_P(StemsIndexedOrAtSearch, SignificantWordsTest, ::testing::Bool());

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

TEST(ResearchFacetNames, WordsAndFirstSourceAreFacetsButNotFilters) {
  const auto all = facet_names();
  const auto filters = filter_facet_names();
  EXPECT_EQ(all.size(), filters.size() + 2);
  for (const char* name : {"words", "first-source"}) {
    EXPECT_NE(std::find(all.begin(), all.end(), name), all.end()) << name;
    EXPECT_EQ(std::find(filters.begin(), filters.end(), name), filters.end()) << name;
  }
}

}  // namespace
}  // namespace newsarchive
