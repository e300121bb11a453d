// Suggestions, more-like-this, explanations, exact counts and syntax diagnostics, through the
// public library interface.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "hit_ids.h"
#include "newsarchive/searcher.h"
#include "newsarchive/text/languages.h"
#include "test_index.h"

namespace newsarchive {
namespace {

// Each test runs on an archive that indexes stems and on one stemmed at search time.
class SearchFeaturesTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    testing::index_articles(
        dir_, db_,
        {{"iran.txt",
          "Id: iran\nTitle: Khamenei meets Haniyeh in Tehran\n\n"
          "Ayatollah Ali Khamenei told Hamas leader Ismail Haniyeh that Iran would not enter "
          "the war. Khamenei pressed Haniyeh to silence calls for Iran to join."},
         {"iran2.txt",
          "Id: iran2\nTitle: Hamas leader visits Tehran again\n\n"
          "Ismail Haniyeh returned to Tehran, where Khamenei repeated that Iran backs Hamas "
          "politically."},
         {"cocoa.txt",
          "Id: cocoa\nTitle: Cocoa prices climb after storm\n\n"
          "Cocoa futures rose as a storm flattened plantations; prices of cocoa climbed."},
         {"bridge.txt",
          "Id: bridge\nTitle: Harbour bridge reopens\n\n"
          "The harbour bridge reopened two years after a storm damaged it."}},
        GetParam());
  }
  SearchResult search(SearchRequest r) const { return Searcher(db_).search(r); }
  static SearchRequest query(const std::string& q) {
    SearchRequest r;
    r.query = q;
    return r;
  }
  static std::vector<std::string> ids(const SearchResult& r) { return testing::hit_ids(r); }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

TEST_P(SearchFeaturesTest, AnUnknownWordGetsASuggestionFromTheArchivesVocabulary) {
  const auto r = search(query("Khameini"));
  EXPECT_TRUE(r.hits.empty());
  ASSERT_TRUE(r.suggestion);
  EXPECT_EQ(*r.suggestion, "Khamenei");  // the capital kept
  EXPECT_FALSE(r.corrected);
  // Known words get none, even when a similar word exists (harbour, harbours), and the rest of
  // the query (operators, fields, wildcards, phrases) is kept as written.
  EXPECT_FALSE(search(query("Khamenei Tehran harbour")).suggestion);
  const auto both =
      search(query("cocao AND (storm OR title:brigde) source:cocao harb* \"Ismial Haniyeh\""));
  ASSERT_TRUE(both.suggestion);
  EXPECT_EQ(*both.suggestion,
            "cocoa AND (storm OR title:bridge) source:cocao harb* \"Ismail Haniyeh\"");
}

TEST_P(SearchFeaturesTest, WhenAskedTheSuggestionIsSearchedIfNothingMatched) {
  auto r = query("Khameini");
  r.search_suggestion_if_empty = true;
  const auto result = search(r);
  EXPECT_TRUE(result.corrected);
  EXPECT_EQ(result.query, "Khameini");
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].id, "iran");
  // A query that matches as written is never replaced, even with a suggestion for one word.
  auto partly = query("Khameini OR storm");
  partly.search_suggestion_if_empty = true;
  const auto p = search(partly);
  EXPECT_FALSE(p.corrected);
  EXPECT_TRUE(p.suggestion);
}

TEST_P(SearchFeaturesTest, MoreLikeThisFindsTheSameStoryAndLeavesTheArticleOut) {
  SearchRequest r;
  r.like_id = "iran";
  const auto result = search(r);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].id, "iran2");
  for (const auto& h : result.hits) EXPECT_NE(h.id, "iran");
  ASSERT_FALSE(result.like_terms.empty());
  bool names_khamenei = false;
  for (const auto& t : result.like_terms) names_khamenei |= t.term == "khamenei";
  EXPECT_TRUE(names_khamenei);
  // With --explain the matched feedback terms account for the whole score.
  r.explain = true;
  const auto explained = search(r);
  ASSERT_TRUE(explained.hits[0].explanation);
  EXPECT_NEAR(explained.hits[0].explanation->other, 0.0, 1e-6);
  r.explain = false;
  // A query narrows the candidates: of the articles like the bridge story (harbour, storm,
  // ...), those about cocoa.
  r.like_id = "bridge";
  r.query = "cocoa";
  EXPECT_EQ(ids(search(r)), std::vector<std::string>{"cocoa"});
  r.like_id = "no-such-article";
  EXPECT_THROW(search(r), QueryError);
}

TEST(MoreLikeThisLanguages, AnArticlesOwnStopwordsAreNeverItsTerms) {
  // An English archive holding French articles: their "les", "dans" and "des" are rare in the
  // archive, so relevance feedback would weigh them highly, but they say nothing of the story.
  testing::TempDir dir;
  const std::string db = dir / "db";
  testing::index_articles(
      dir, db,
      {{"fr1.txt",
        "Id: fr1\nLanguage: fr\nTitle: Les digues du port\n\n"
        "Les ouvriers renforcent les digues dans le port de Rivebelle, et des grues posent des "
        "blocs dans la baie avant les tempêtes de l'hiver."},
       {"fr2.txt",
        "Id: fr2\nLanguage: fr\nTitle: Tempête sur la baie\n\n"
        "Une tempête a frappé la baie de Rivebelle; les digues du port ont tenu, selon les "
        "ouvriers dans la nuit."},
       {"en1.txt", "Id: en1\nTitle: Harbour works\n\nWorkers repaired the harbour wall."}});
  SearchRequest r;
  r.like_id = "fr1";
  const auto result = Searcher(db).search(r);
  ASSERT_FALSE(result.like_terms.empty());
  for (const auto& t : result.like_terms)
    for (const char* stopword : {"les", "dans", "des", "le", "la", "de", "et", "du"})
      EXPECT_NE(t.term, stopword);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].id, "fr2");
}

// Found on Reuters-21578, where a few articles are identified as Malay: the spelling
// suggestion's stemmers were made from the language codes, which Xapian knows only for its own
// languages ("ms" is stemmed by the Indonesian stemmer), and every search of the archive failed.
TEST_P(SearchFeaturesTest, AnArchiveHoldingAnyStemmedLanguageCanBeSearched) {
  std::vector<std::pair<std::string, std::string>> files;
  const std::string languages = supported_languages();  // "en (english), ms (indonesian), ..."
  for (std::size_t at = 0; at < languages.size();) {
    const std::size_t space = languages.find(' ', at);
    const std::string code = languages.substr(at, space - at);
    files.push_back({code + ".txt", "Id: " + code + "\nLanguage: " + code +
                                        "\nTitle: Harbour\n\nThe harbour bridge reopened."});
    at = languages.find(", ", space);
    at = at == std::string::npos ? languages.size() : at + 2;
  }
  ASSERT_GT(files.size(), 20u);
  // Greek is stemmed by libstemmer (Xapian 1.4 has no Greek stemmer): a Greek article was refused.
  files.push_back({"greek.txt",
                   "Id: greek\nLanguage: el\nTitle: Λιμάνι\n\n"
                   "Η γέφυρα του λιμανιού άνοιξε ξανά μετά από δύο χρόνια."});
  // Hindi and Serbian from libstemmer too; Serbian's stems are Latin whatever the script.
  files.push_back({"hindi.txt",
                   "Id: hindi\nLanguage: hi\nTitle: राज्य\n\n"
                   "राज्य में चुनावों की तारीख़ घोषित हुई।"});
  files.push_back({"serbian.txt",
                   "Id: serbian\nLanguage: sr\nTitle: Избори\n\n"
                   "Влада је расписала изборе за јун."});
  files.push_back({"croatian.txt",
                   "Id: croatian\nLanguage: hr\nTitle: Izbori\n\n"
                   "Vlada je raspisala izbore za lipanj."});
  testing::TempDir dir;
  const std::string db = dir / "db";
  testing::index_articles(dir, db, files, GetParam());
  SearchRequest r;
  r.query = "bridge";
  r.limit = 100;
  EXPECT_EQ(Searcher(db).search(r).hits.size(), files.size() - 4);
  r.query = "γέφυρες";  // another form of the word
  EXPECT_EQ(ids(Searcher(db).search(r)), std::vector<std::string>{"greek"});
  r.query = "चुनाव";  // the article writes the oblique plural, "चुनावों"
  EXPECT_EQ(ids(Searcher(db).search(r)), std::vector<std::string>{"hindi"});
  r.query = "izbora";  // one stem in either script
  auto found = ids(Searcher(db).search(r));
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"croatian", "serbian"}));
}

TEST_P(SearchFeaturesTest, ExplanationsAddUpToTheScore) {
  auto r = query("cocoa storm");
  r.explain = true;
  const auto result = search(r);
  ASSERT_FALSE(result.hits.empty());
  const auto& top = result.hits[0];
  EXPECT_EQ(top.id, "cocoa");
  ASSERT_TRUE(top.explanation);
  ASSERT_EQ(top.explanation->terms.size(), 2u);
  EXPECT_EQ(top.explanation->terms[0].term, "cocoa");  // rarer and more frequent here: first
  EXPECT_TRUE(top.explanation->terms[0].stemmed);
  double sum = 0;
  for (const auto& t : top.explanation->terms) sum += t.weight;
  EXPECT_NEAR(sum + top.explanation->other, top.score, 1e-9);
  EXPECT_NEAR(top.explanation->other, 0.0, 1e-6);  // plain BM25: the terms are the whole score
  EXPECT_FALSE(search(query("cocoa")).hits[0].explanation);
}

TEST_P(SearchFeaturesTest, ExactTotalsCountEveryMatch) {
  auto r = query("storm OR harbour OR cocoa");
  r.limit = 0;
  r.exact_total = true;
  const auto result = search(r);
  EXPECT_EQ(result.total_lower_bound, result.total_upper_bound);
  EXPECT_EQ(result.total_estimate, 2u);
}

TEST_P(SearchFeaturesTest, MalformedQueriesSayWhatWasWrongAndWhere) {
  const auto dangling = search(query("storm AND"));
  ASSERT_EQ(dangling.warnings.size(), 1u);
  EXPECT_NE(dangling.warnings[0].find("'AND' at character 7 has nothing after it"),
            std::string::npos)
      << dangling.warnings[0];
  const auto leading = search(query("OR storm"));
  ASSERT_EQ(leading.warnings.size(), 1u);
  EXPECT_NE(leading.warnings[0].find("'OR' at character 1 has nothing before it"),
            std::string::npos)
      << leading.warnings[0];
  const auto unclosed = search(query("(cocoa OR storm"));
  EXPECT_EQ(unclosed.hits.size(), 2u);
  ASSERT_EQ(unclosed.warnings.size(), 1u);
  EXPECT_EQ(unclosed.warnings[0], "query: unclosed '(' at character 1 (closed at the end)");
  const auto quote = search(query("\"harbour bridge"));
  ASSERT_EQ(quote.warnings.size(), 1u);
  EXPECT_NE(quote.warnings[0].find("unclosed '\"' at character 1"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BothStemmings, SearchFeaturesTest, ::testing::Bool(),
                         [](const auto& stemming) {
                           return stemming.param ? "StemmedAtSearch" : "StemsIndexed";
                         });

}  // namespace
}  // namespace newsarchive
