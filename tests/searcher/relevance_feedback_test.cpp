// Pseudo-relevance feedback through the public library interface: when it runs, what it adds,
// and that it re-ranks without changing what matches.
#include <gtest/gtest.h>

#include <algorithm>

#include "hit_ids.h"
#include "newsarchive/searcher.h"
#include "test_index.h"

namespace newsarchive {
namespace {

// An archive of the test's articles, indexed with stems or stemmed at search time (the
// parameter), and searches of it with feedback on, off or automatic.
class FeedbackArchive : public ::testing::TestWithParam<bool> {
 protected:
  void index(const std::vector<std::pair<std::string, std::string>>& articles) {
    testing::index_articles(dir_, db_, articles, GetParam());
  }
  SearchResult search(const std::string& q, Feedback f) const {
    SearchRequest r;
    r.query = q;
    r.feedback = f;
    return Searcher(db_).search(r);
  }
  static std::size_t rank_of(const SearchResult& r, const std::string& id) {
    const auto ids = testing::hit_ids(r);
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  }
  testing::TempDir dir_;
  std::string db_ = dir_ / "db";
};

// Each test runs on an archive that indexes stems and on one stemmed at search time.
class RelevanceFeedbackTest : public FeedbackArchive {
 protected:
  void SetUp() override {
    std::vector<std::pair<std::string, std::string>> articles;
    // Three stories where "typhoon" is the subject: they share the words of a flood.
    for (int i = 0; i < 3; ++i)
      articles.push_back({"typhoon" + std::to_string(i) + ".txt",
                          "Id: typhoon-" + std::to_string(i) +
                              "\nTitle: Typhoon floods the delta\nDate: 2023-09-0" +
                              std::to_string(i + 1) +
                              "\n\nThe typhoon flooded the delta. Levees broke, villages were "
                              "evacuated and rescuers waded through floodwater to the levees."});
    // Two that name it once: one about the floods, in other words; one about something else.
    articles.push_back({"levees.txt",
                        "Id: levees\nTitle: Rebuilding the delta\nDate: 2023-10-01\n\n"
                        "Engineers rebuilding broken levees said evacuated villages and "
                        "floodwater damage would take years to repair after the typhoon."});
    articles.push_back({"recipes.txt",
                        "Id: recipes\nTitle: Autumn kitchen\nDate: 2023-10-01\n\n"
                        "A cookbook of soups, breads and puddings for long evenings, named "
                        "after the typhoon season by its author, who bakes every morning."});
    articles.push_back({"markets.txt",
                        "Id: markets\nTitle: Markets calm\nDate: 2023-10-02\n\n"
                        "Shares rose on calm trading and lower bond yields."});
    index(articles);
  }
};

TEST_P(RelevanceFeedbackTest, TheWordsOfTheBestHitsLiftAnArticleThatSharesThem) {
  const auto plain = search("typhoon", Feedback::kOff);
  const auto fed = search("typhoon", Feedback::kOn);
  EXPECT_TRUE(plain.feedback_terms.empty());
  ASSERT_FALSE(fed.feedback_terms.empty());
  bool adds_levees = false;
  for (const auto& t : fed.feedback_terms) {
    adds_levees |= t.term == "leve" || t.term == "levee";
    EXPECT_GT(t.weight, 0);
    EXPECT_NE(t.term, "the");  // stopwords are never added
  }
  EXPECT_TRUE(adds_levees);
  // The levee story, which speaks of the floods in the typhoon stories' words, now ranks above
  // the cookbook, which only names the typhoon (and ranked above it without feedback).
  EXPECT_GT(rank_of(plain, "levees"), rank_of(plain, "recipes"));
  EXPECT_LT(rank_of(fed, "levees"), rank_of(fed, "recipes"));
  EXPECT_GT(fed.hits[rank_of(fed, "levees")].score, fed.hits[rank_of(fed, "recipes")].score);
}

TEST_P(RelevanceFeedbackTest, ItRanksButNeverAddsOrRemovesMatches) {
  auto ids_sorted = [](SearchResult r) {
    auto v = testing::hit_ids(r);
    std::sort(v.begin(), v.end());
    return v;
  };
  EXPECT_EQ(ids_sorted(search("typhoon", Feedback::kOn)),
            ids_sorted(search("typhoon", Feedback::kOff)));
  // Filters still hold: the date bound keeps the September stories out.
  const auto october = search("typhoon date:2023-10", Feedback::kOn);
  EXPECT_FALSE(october.feedback_terms.empty());
  for (const auto& h : october.hits) EXPECT_TRUE(h.date && h.date->starts_with("2023-10")) << h.id;
  // "markets" shares no query word: expansion words alone never match.
  EXPECT_EQ(rank_of(search("typhoon", Feedback::kOn), "markets"),
            search("typhoon", Feedback::kOn).hits.size());
}

TEST_P(RelevanceFeedbackTest, ByDefaultOnlyQuestionsOfFourWordsOrMoreGetIt) {
  EXPECT_TRUE(search("typhoon delta", Feedback::kAuto).feedback_terms.empty());
  EXPECT_TRUE(search("typhoon floods the delta", Feedback::kAuto).feedback_terms.empty())
      << "three words once the stopword is left out";
  EXPECT_FALSE(search("how did the typhoon flood villages in the delta", Feedback::kAuto)
                   .feedback_terms.empty());
  EXPECT_TRUE(search("how did the typhoon flood villages in the delta", Feedback::kOff)
                  .feedback_terms.empty());
}

TEST_P(RelevanceFeedbackTest, DateSortsAndMoreLikeThisDoNotUseIt) {
  SearchRequest r;
  r.query = "typhoon";
  r.feedback = Feedback::kOn;
  r.sort = SortOrder::kNewest;
  EXPECT_TRUE(Searcher(db_).search(r).feedback_terms.empty());
  r.sort = SortOrder::kRelevance;
  r.query.clear();
  r.like_id = "levees";
  EXPECT_TRUE(Searcher(db_).search(r).feedback_terms.empty());
}

// A mixed archive: the feedback articles of a French search are French, and their words are
// weighed as French (their stems, less French stopwords), on both kinds of archive.
class RelevanceFeedbackLanguagesTest : public FeedbackArchive {
 protected:
  void SetUp() override {
    std::vector<std::pair<std::string, std::string>> articles;
    const auto french = [&](const std::string& id, const std::string& title,
                            const std::string& body) {
      articles.push_back({id + ".txt", "Id: " + id + "\nTitle: " + title +
                                           "\nLanguage: fr\nDate: 2023-09-01\n\n" + body});
    };
    for (int i = 0; i < 3; ++i)
      french("typhon-" + std::to_string(i), "Le typhon inonde le delta",
             "Le typhon a inondé le delta. Les digues ont cédé, les villages ont été évacués et "
             "les secouristes ont traversé les eaux de crue jusqu'aux digues.");
    french("digues", "Reconstruire le delta",
           "Les ingénieurs qui reconstruisent les digues rompues estiment que les villages "
           "évacués et les dégâts des eaux de crue demanderont des années après le typhon.");
    french("cuisine", "Cuisine d'automne",
           "Un livre de soupes, de pains et de desserts pour les longues soirées, nommé d'après "
           "le typhon de son enfance par son auteur, qui cuisine chaque matin.");
    for (int i = 0; i < 3; ++i)
      articles.push_back({"markets" + std::to_string(i) + ".txt",
                          "Id: markets-" + std::to_string(i) +
                              "\nTitle: Markets calm\nDate: 2023-10-02\n\nShares rose on calm "
                              "trading and lower bond yields, and the dollar held steady."});
    index(articles);
  }
};

TEST_P(RelevanceFeedbackLanguagesTest, AFrenchSearchIsFedByFrenchWords) {
  const auto plain = search("typhon", Feedback::kOff);
  const auto fed = search("typhon", Feedback::kOn);
  ASSERT_FALSE(fed.feedback_terms.empty());
  bool adds_digues = false;
  for (const auto& t : fed.feedback_terms) {
    adds_digues |= t.term.ends_with("digu");  // "digues", "digue" by Snowball's French stemmer
    for (const char* stopword : {"le", "les", "de", "des", "et", "ont", "qui", "aux"})
      EXPECT_FALSE(t.term == stopword || t.term.ends_with(std::string(":") + stopword)) << t.term;
  }
  EXPECT_TRUE(adds_digues);
  // The levee story, which speaks of the flood in the typhoon stories' words, now ranks above
  // the cookbook, which only names the typhoon (and ranked above it without feedback).
  EXPECT_GT(rank_of(plain, "digues"), rank_of(plain, "cuisine"));
  EXPECT_LT(rank_of(fed, "digues"), rank_of(fed, "cuisine"));
}

INSTANTIATE_TEST_SUITE_P(BothStemmings, RelevanceFeedbackLanguagesTest, ::testing::Bool(),
                         [](const auto& stemming) {
                           return stemming.param ? "StemmedAtSearch" : "StemsIndexed";
                         });

INSTANTIATE_TEST_SUITE_P(BothStemmings, RelevanceFeedbackTest, ::testing::Bool(),
                         [](const auto& stemming) {
                           return stemming.param ? "StemmedAtSearch" : "StemsIndexed";
                         });

}  // namespace
}  // namespace newsarchive
