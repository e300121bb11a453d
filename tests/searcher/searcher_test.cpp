#include "newsarchive/searcher.h"

#include <gtest/gtest.h>
#include <malloc.h>
#include <xapian.h>

#include "hit_ids.h"
#include "test_index.h"

namespace newsarchive {
namespace {

// Every test runs on an archive that indexes stems and on one stemmed at search time: the two
// must search alike.
class SearcherTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    testing::index_articles(dir_, db_,
                            {{"old.txt",
                              "Id: old\nTitle: Harbour storm\nDate: 1963-01-04\n\n"
                              "A storm hit the harbour and boats sank."},
                             {"new.txt",
                              "Id: new\nTitle: Market report\nDate: 2023-11-15\n\n"
                              "Shares fell as a storm of selling hit the harbour district."},
                             {"undated.txt",
                              "Id: undated\nTitle: Storm notes\n\n"
                              "Notes about storms, undated."},
                             {"axis.txt",
                              "Id: axis\nTitle: Alliance\nDate: 2023-11-16\n\n"
                              "The Axis of Resistance met. Resistance grew on the axis."}},
                            GetParam());
  }
  SearchResult search(const std::string& q, SortOrder sort = SortOrder::kRelevance) {
    SearchRequest r;
    r.query = q;
    r.sort = sort;
    return Searcher(db_).search(r);
  }
  static std::vector<std::string> ids(const SearchResult& r) { return testing::hit_ids(r); }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_P(SearcherTest, TitleMatchesRankFirst) {
  const auto r = search("storm");
  ASSERT_EQ(r.hits.size(), 3u);
  EXPECT_NE(r.hits.back().id, "old");  // "storm" in its title
  EXPECT_EQ(r.hits[0].rank, 1u);
  EXPECT_GT(r.hits[0].score, 0);
}

TEST_P(SearcherTest, PhrasesMatchOnlyWordsInOrder) {
  EXPECT_EQ(ids(search("\"Axis of Resistance\"")), std::vector<std::string>{"axis"});
  EXPECT_TRUE(search("\"Resistance of Axis\"").hits.empty());
}

TEST_P(SearcherTest, SortByDateKeepsUndatedLast) {
  EXPECT_EQ(ids(search("storm", SortOrder::kNewest)),
            (std::vector<std::string>{"new", "old", "undated"}));
  EXPECT_EQ(ids(search("storm", SortOrder::kOldest)),
            (std::vector<std::string>{"old", "new", "undated"}));
}

// Four copies of one story that differ only in their date: BM25 gives them equal scores. Xapian's
// own tie-break is the document number, i.e. the order the indexer wrote them, which is not by
// date (without the date tie-break they come out undated, 2021, 2005, 1999); the searcher must
// list the newest first, undated last.
TEST(SearcherTies, EqualScoresRankTheNewerArticleFirst) {
  testing::TempDir dir;
  const std::string db = dir / "db";
  const std::string story = "Title: Harbour storm\n\nA storm hit the harbour and boats sank.";
  testing::index_articles(dir, db,
                          {{"a.txt", "Id: 1999\nDate: 1999-03-01\n" + story},
                           {"b.txt", "Id: undated\n" + story},
                           {"c.txt", "Id: 2021\nDate: 2021-06-30\n" + story},
                           {"d.txt", "Id: 2005\nDate: 2005-12-24\n" + story}});
  SearchRequest r;
  r.query = "storm harbour";
  r.collapse_duplicates = false;  // the copies are near-duplicates of each other
  const auto result = Searcher(db).search(r);
  ASSERT_EQ(result.hits.size(), 4u);
  EXPECT_EQ(result.hits[0].score, result.hits[3].score);
  EXPECT_EQ(testing::hit_ids(result),
            (std::vector<std::string>{"2021", "2005", "1999", "undated"}));
}

TEST_P(SearcherTest, DateRangesFilterAndErrorsSayWhy) {
  EXPECT_EQ(ids(search("storm date:2023")), std::vector<std::string>{"new"});
  EXPECT_EQ(ids(search("storm date:..1970-01-01")), std::vector<std::string>{"old"});
  EXPECT_EQ(ids(search("date:2023-11-16..")), std::vector<std::string>{"axis"});
  try {
    search("storm date:2023-13");
    FAIL() << "a bad month was accepted";
  } catch (const QueryError& e) {
    EXPECT_NE(std::string(e.what()).find("month must be 01 to 12"), std::string::npos);
  }
}

// Bytes the program holds from malloc (0 under AddressSanitizer, whose LeakSanitizer checks the
// same at exit).
std::size_t bytes_in_use() {
  return mallinfo2().uordblks;
}

// Found by fuzz/search_requests.cpp: a field processor threw its QueryError through Xapian's
// QueryParser, which then leaked its state: 72 bytes for every rejected value such as "date:x".
TEST_P(SearcherTest, RejectedFieldValuesAreQueryErrorsThatLeakNothing) {
  const Searcher searcher(db_);
  const auto reject_all = [&] {
    for (const std::string q : {"date:x", "date:2019..202!", "date:2023-13 storm",
                                "mentions:soon AND storm", "person:,"}) {
      SearchRequest r;
      r.query = q;
      try {
        searcher.search(r);
        ADD_FAILURE() << q << " was accepted";
      } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find(':'), std::string::npos) << e.what();
      }
    }
  };
  reject_all();  // caches filled
  const std::size_t before = bytes_in_use();
  for (int i = 0; i < 200; ++i) reject_all();
  EXPECT_LT(bytes_in_use(), before + 16 * 1024);
}

TEST_P(SearcherTest, FieldsAndBooleanOperators) {
  EXPECT_EQ(ids(search("title:market")), std::vector<std::string>{"new"});
  EXPECT_EQ(ids(search("storm AND NOT harbour")), std::vector<std::string>{"undated"});
  EXPECT_EQ(ids(search("id:axis")), std::vector<std::string>{"axis"});
}

TEST_P(SearcherTest, MalformedQueriesAreRetriedLenientlyWithAWarning) {
  const auto r = search("storm AND");
  // The dangling operator is read as the word "and", a stopword: only storm articles match.
  EXPECT_EQ(r.hits.size(), 3u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("searched for its words instead"), std::string::npos);
}

TEST_P(SearcherTest, SnippetsHighlightStemmedMatches) {
  const auto r = search("storms");
  ASSERT_FALSE(r.hits.empty());
  const auto& s = r.hits[0].snippet;
  ASSERT_FALSE(s.highlights.empty());
  const auto& h = s.highlights[0];
  EXPECT_EQ(s.text.substr(h.begin, 5), "storm");
}

TEST_P(SearcherTest, NoSnippetWhenItsLengthIsZero) {
  SearchRequest r;
  r.query = "storm";
  r.snippet_length = 0;
  const auto result = Searcher(db_).search(r);
  ASSERT_EQ(result.hits.size(), 3u);
  for (const auto& h : result.hits) {
    EXPECT_TRUE(h.snippet.text.empty());
    EXPECT_FALSE(h.title.empty());  // the rest of the hit is still there
  }
}

// A page of hits looks no further than the page, yet the totals still bracket the truth.
TEST_P(SearcherTest, PagedTotalsBoundTheMatches) {
  SearchRequest r;
  r.query = "storm";
  r.limit = 1;
  const auto result = Searcher(db_).search(r);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_LE(result.total_lower_bound, 3u);
  EXPECT_GE(result.total_upper_bound, 3u);
  r.limit = 0;  // a count alone looks on, so small result sets are exact
  const auto count = Searcher(db_).search(r);
  EXPECT_EQ(count.total_lower_bound, 3u);
  EXPECT_EQ(count.total_upper_bound, 3u);
}

TEST_P(SearcherTest, ArticlesByIdAndCounts) {
  const Searcher s(db_);
  EXPECT_EQ(s.article_count(), 4u);
  const auto a = s.article("old");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->title, "Harbour storm");
  EXPECT_EQ(a->date, "1963-01-04");  // the source gave the day alone
  EXPECT_NE(a->body.find("boats sank"), std::string::npos);
  EXPECT_FALSE(s.article("nope"));
}

TEST_P(SearcherTest, NewCommitsAreSeenWithoutReopening) {
  const Searcher s(db_);
  SearchRequest r;
  r.query = "zeppelin";
  EXPECT_TRUE(s.search(r).hits.empty());
  testing::index_articles(dir_, db_, {{"z.txt", "Id: z\nTitle: Zeppelin\n\nA zeppelin flew."}},
                          GetParam());
  EXPECT_EQ(s.search(r).hits.size(), 1u);
}

TEST_P(SearcherTest, AStemsNewWordsAreFoundAfterACommit) {
  const Searcher s(db_);
  SearchRequest r;
  r.query = "storms";  // searches every word of the stem "storm" in the archive
  r.limit = 0;
  EXPECT_EQ(s.search(r).total_lower_bound, 3u);
  // "stormed" is a word of the stem the archive did not have: the stem's words found for the
  // first search must not be reused for this one.
  testing::index_articles(dir_, db_, {{"g.txt", "Id: gale\nTitle: Gale\n\nThe gale stormed in."}},
                          GetParam());
  EXPECT_EQ(s.search(r).total_lower_bound, 4u);
}

INSTANTIATE_TEST_SUITE_P(BothStemmings, SearcherTest, ::testing::Bool(), [](const auto& stemming) {
  return stemming.param ? "StemmedAtSearch" : "StemsIndexed";
});

TEST(SearcherErrors, MissingAndForeignDatabasesSayWhatToDo) {
  testing::TempDir dir;
  try {
    Searcher s(dir / "nothing-here");
    FAIL();
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("news-index"), std::string::npos);
  }
  {
    Xapian::WritableDatabase db(dir / "foreign", Xapian::DB_CREATE);
    db.add_document(Xapian::Document());
    db.commit();
  }
  EXPECT_THROW(Searcher s(dir / "foreign"), SchemaError);
}

// Long articles: the snippet comes from the stretch where the query's words are, wherever it is.
class LongArticleSnippetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string filler;
    for (int i = 0; i < 80; ++i) filler += "Traders watched the index drift in quiet dealing. ";
    testing::index_articles(
        dir_, db_,
        {{"late.txt", "Id: late\nTitle: Market day\n\n" + filler +
                          "Then a Typhoon struck the southern ports and shipping halted. " +
                          filler},
         {"title.txt", "Id: title\nTitle: Typhoon warning\n\n" + filler}});
  }
  SearchResult search(const std::string& q) {
    SearchRequest r;
    r.query = q;
    r.snippet_length = 120;
    return Searcher(db_).search(r);
  }
  static const Hit& hit(const SearchResult& r, const std::string& id) {
    for (const auto& h : r.hits)
      if (h.id == id) return h;
    throw std::runtime_error("no hit " + id);
  }
  static std::vector<std::string> highlighted(const Snippet& s) {
    std::vector<std::string> out;
    for (const auto& h : s.highlights) out.push_back(s.text.substr(h.begin, h.end - h.begin));
    return out;
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_F(LongArticleSnippetTest, PassageDeepInTheBodyIsFoundAndMarkedAsAnExcerpt) {
  const auto r = search("typhoons shipping");
  const Snippet& s = hit(r, "late").snippet;
  EXPECT_TRUE(s.text.starts_with("\xE2\x80\xA6")) << s.text;
  EXPECT_TRUE(s.text.ends_with("\xE2\x80\xA6")) << s.text;
  EXPECT_LE(s.text.size(), 200u);
  EXPECT_EQ(highlighted(s), (std::vector<std::string>{"Typhoon", "shipping"})) << s.text;
}

TEST_F(LongArticleSnippetTest, PhrasesAreHighlightedInsideTheStretch) {
  const auto r = search("\"southern ports\"");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(highlighted(r.hits[0].snippet), (std::vector<std::string>{"southern ports"}))
      << r.hits[0].snippet.text;
}

TEST_F(LongArticleSnippetTest, WildcardsFindTheirPassage) {
  const auto r = search("typh*");
  EXPECT_EQ(highlighted(hit(r, "late").snippet), (std::vector<std::string>{"Typhoon"}))
      << hit(r, "late").snippet.text;
}

TEST_F(LongArticleSnippetTest, WordOnlyInTheTitleGivesTheLeadOfTheBody) {
  const auto r = search("typhoon");
  const Snippet& s = hit(r, "title").snippet;
  EXPECT_TRUE(s.text.starts_with("Traders watched")) << s.text;
  EXPECT_TRUE(s.highlights.empty());
}

}  // namespace
}  // namespace newsarchive
