// searcher.h's promise: every error leaving a Searcher is a newsarchive::Error, whatever broke
// underneath (Xapian's errors derive from no standard exception), and a request too big to
// search is a QueryError that says which limit it passed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

class LibraryErrorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::index_articles(dir_, db_,
                            {{"a.txt",
                              "Title: Harbour storm\nDate: 2024-01-02\n\nThe storm hit "
                              "the harbour wall.\n"},
                             {"b.txt",
                              "Title: Bakery prize\nDate: 2024-01-03\n\nThe bakery won "
                              "the regional prize.\n"}});
  }
  // Replaces every file of the database (its version file included, which each call reads
  // again to see the latest commit) with bytes Xapian cannot read.
  void damage_database() {
    for (const auto& e : std::filesystem::directory_iterator(db_))
      std::ofstream(e.path(), std::ios::binary | std::ios::trunc) << std::string(8192, 'x');
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_F(LibraryErrorsTest, ADamagedArchiveGivesLibraryErrorsFromEveryCall) {
  const Searcher searcher(db_);
  ASSERT_EQ(searcher.article_count(), 2u);
  damage_database();
  SearchRequest request;
  request.query = "storm";
  // Each call must throw, and only the library's own kind.
  EXPECT_THROW(searcher.search(request), Error);
  EXPECT_THROW(searcher.article("a"), Error);
  try {
    (void)searcher.article_count();
    ADD_FAILURE() << "a damaged database was counted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(db_), std::string::npos) << e.what();
  }
  EXPECT_THROW(Searcher{db_}, Error);
}

TEST_F(LibraryErrorsTest, AnOffsetPastThirtyTwoBitsIsAnEmptyPageNotTheFirst) {
  const Searcher searcher(db_);
  SearchRequest request;
  request.query = "storm OR bakery";
  request.offset = 4294967297ull;  // 2^32 + 1: cut to 32 bits it was the page at offset 1
  request.limit = 5;
  const auto result = searcher.search(request);
  EXPECT_TRUE(result.hits.empty());
  EXPECT_EQ(result.total_lower_bound, 2u);
  request.limit = static_cast<std::size_t>(-1);
  request.offset = 1;
  EXPECT_EQ(searcher.search(request).hits.size(), 1u);
}

TEST_F(LibraryErrorsTest, OverlongQueriesAreRefusedBeforeAnyWork) {
  const Searcher searcher(db_);
  SearchRequest request;
  for (int i = 0; i < 1100; ++i) request.query += "w" + std::to_string(i) + " ";
  try {
    searcher.search(request);
    ADD_FAILURE() << "1,100 words were searched";
  } catch (const QueryError& e) {
    EXPECT_NE(std::string(e.what()).find("1100 words"), std::string::npos) << e.what();
  }
  request.query = std::string(20000, 'a');
  EXPECT_THROW(searcher.search(request), QueryError);
  request.query = std::string(1000, 'a');  // long, but within the limits
  EXPECT_NO_THROW(searcher.search(request));
}

TEST_F(LibraryErrorsTest, AFieldWithNoValueIsAnErrorAndALoneWildcardANote) {
  const Searcher searcher(db_);
  SearchRequest request;
  request.query = "storm person:";
  try {
    searcher.search(request);
    ADD_FAILURE() << "person: with no value was searched";
  } catch (const QueryError& e) {
    EXPECT_NE(std::string(e.what()).find("'person:' at character 7 has no value"),
              std::string::npos)
        << e.what();
  }
  request.query = "person:-1";
  EXPECT_THROW(searcher.search(request), QueryError);
  request.query = "*";
  const auto result = searcher.search(request);
  ASSERT_FALSE(result.warnings.empty());
  EXPECT_NE(result.warnings.front().find("'*' at character 1 stands for no word"),
            std::string::npos);
}

TEST_F(LibraryErrorsTest, AnUnknownFacetIsAQueryErrorListingTheFacets) {
  const Searcher searcher(db_);
  SearchRequest request;
  request.facets = {{"persn", 5}};
  try {
    searcher.search(request);
    ADD_FAILURE() << "an unknown facet was ignored";
  } catch (const QueryError& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "person, org, place, source, lang, mentions, date, words, first-source"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(facet_names().size(), 9u);
}

}  // namespace
}  // namespace newsarchive
