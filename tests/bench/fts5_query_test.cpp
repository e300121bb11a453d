// The FTS5 benchmark must search for the same words as the Xapian engines, so its query
// translation is tested on the shapes bench/run sends: keyword lists, AND checks, TIME text.
#include <gtest/gtest.h>

#include "fts5_query.h"

namespace {

using newsarchive::bench::fts5_match;

TEST(Fts5Match, WordsWithoutOperatorsAreOred) {
  EXPECT_EQ(fts5_match("profit lowe wall"), "\"profit\" OR \"lowe\" OR \"wall\"");
}

TEST(Fts5Match, UpperCaseOperatorsStay) {
  EXPECT_EQ(fts5_match("bank AND rates"), "\"bank\" AND \"rates\"");
  EXPECT_EQ(fts5_match("oil NOT gas"), "\"oil\" NOT \"gas\"");
}

TEST(Fts5Match, LowerCaseOperatorWordsAreWords) {
  EXPECT_EQ(fts5_match("war and peace"), "\"war\" OR \"and\" OR \"peace\"");
}

TEST(Fts5Match, PunctuationSplitsWordsAndNeverReachesFts5) {
  EXPECT_EQ(fts5_match("u.s . viet nam's \"coup\" body:x"),
            "\"u\" OR \"s\" OR \"viet\" OR \"nam\" OR \"s\" OR \"coup\" OR \"body\" OR \"x\"");
}

TEST(Fts5Match, DanglingOperatorsAreDropped) {
  EXPECT_EQ(fts5_match("AND bank AND"), "\"bank\"");
  EXPECT_EQ(fts5_match(" ... "), "");
}

TEST(Fts5Match, NonAsciiLettersStayInTheWord) {
  EXPECT_EQ(fts5_match("société générale"), "\"société\" OR \"générale\"");
}

}  // namespace
