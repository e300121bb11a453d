// Stemming at search time: a stemmed query term becomes the archive's words of that stem.
// StemGroups is internal to the searcher; it is tested here on a database of bare terms.
#include "stem_groups.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <set>

#include "newsarchive/common/language_stems.h"
#include "ranking.h"
#include "temp_dir.h"

namespace newsarchive::searcher {
namespace {

std::set<std::string> terms_of(const Xapian::Query& q) {
  return {q.get_unique_terms_begin(), q.get_unique_terms_end()};
}

class StemGroupsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::WritableDatabase w(dir_ / "db", Xapian::DB_CREATE_OR_OVERWRITE);
    for (const auto* terms :
         {"election elections", "elected electric", "elect", "dying die", "lying",
          "Selections Selectric", "cries cry", "soviet sovietologist"}) {
      Xapian::Document d;
      std::string t;
      for (const char* p = terms;; ++p) {
        if (*p == ' ' || *p == '\0') {
          d.add_term(t);
          t.clear();
          if (*p == '\0') break;
        } else {
          t += *p;
        }
      }
      w.add_document(d);
    }
    w.commit();
    db_ = Xapian::Database(dir_ / "db");
  }
  testing::TempDir dir_;
  Xapian::Database db_;
};

TEST_F(StemGroupsTest, AStemBecomesEveryWordOfTheArchiveWithThatStem) {
  StemGroups groups(db_, Xapian::Stem("english"), "en");
  const auto q = groups.group("Zelect");
  EXPECT_EQ(terms_of(q), (std::set<std::string>{"elect", "elected", "election", "elections"}));
  EXPECT_EQ(groups.stem_of("elections"), "Zelect");
  EXPECT_EQ(groups.stem_of("electric"), "");
}

TEST_F(StemGroupsTest, StemsThatDoNotBeginTheirWordsAreFound) {
  StemGroups groups(db_, Xapian::Stem("english"), "en");
  // "dying" stems to "die", "cries" to "cri": neither word begins with its stem.
  EXPECT_EQ(terms_of(groups.group("Zdie")), (std::set<std::string>{"die", "dying"}));
  EXPECT_EQ(terms_of(groups.group("Zlie")), (std::set<std::string>{"lying"}));
  EXPECT_EQ(terms_of(groups.group("Zcri")), (std::set<std::string>{"cries", "cry"}));
}

TEST_F(StemGroupsTest, FieldStemsGroupThatFieldsWords) {
  StemGroups groups(db_, Xapian::Stem("english"), "en");
  EXPECT_EQ(terms_of(groups.group("ZSelect")), (std::set<std::string>{"Selections"}));
}

TEST_F(StemGroupsTest, AStemWithNoWordsIsKeptForArchivesThatIndexedStems) {
  StemGroups groups(db_, Xapian::Stem("english"), "en");
  EXPECT_EQ(terms_of(groups.group("Zzeppelin")), (std::set<std::string>{"Zzeppelin"}));
  // A single word is searched as a plain term, without a synonym around it.
  const auto one = groups.group("Zsovietologist");
  EXPECT_EQ(one.get_type(), Xapian::Query::LEAF_TERM);
}

TEST_F(StemGroupsTest, ParsedQueriesHaveTheirStemsReplacedAndPhrasesKept) {
  Xapian::QueryParser qp;
  qp.set_database(db_);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.add_prefix("title", "S");
  const auto parsed =
      qp.parse_query("elections title:elect \"soviet elections\" Cry soviet*",
                     Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD);
  StemGroups groups(db_, Xapian::Stem("english"), "en");
  const auto expanded = groups.expand(parsed);
  const auto terms = terms_of(expanded);
  for (const auto* t : {"elect", "elected", "election", "elections", "Selections", "soviet", "cry"})
    EXPECT_TRUE(terms.contains(t)) << t;
  for (const auto& t : terms) EXPECT_NE(t.front(), 'Z') << t;  // no stem is left
  // The phrase keeps its exact words; the capitalised "Cry" is not stemmed; the wildcard stays.
  EXPECT_NE(expanded.get_description().find("PHRASE 2"), std::string::npos);
  EXPECT_NE(expanded.get_description().find("WILDCARD"), std::string::npos);
  EXPECT_FALSE(terms.contains("cries"));
  // Every article with a word of the stem matches: "election elections", "elected", "elect".
  Xapian::Enquire enquire(db_);
  enquire.set_query(groups.group("Zelect"));
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 3u);
}

// An archive indexed with stems (STEM_SOME) holds both the words and their stem, so the group
// of a stem can be weighed against the stem itself, article by article.
TEST(StemGroupsWeight, AGroupWeighsWhatTheIndexedStemWeighed) {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase w(dir / "db", Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator g;
    g.set_stemmer(Xapian::Stem("english"));
    g.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    for (const auto* text :
         {"the election was held and the elections were close", "elections elections everywhere",
          "the election of a mayor", "a quiet week with no news", "an elected council met",
          "markets rose after the election", "rain and wind", "elections in spring and autumn"}) {
      Xapian::Document d;
      g.set_document(d);
      g.index_text(text);
      w.add_document(d);
    }
    w.commit();
  }
  const Xapian::Database db(dir / "db");
  StemGroups groups(db, Xapian::Stem("english"), "en");
  const auto weights = [&](const Xapian::Query& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    e.set_weighting_scheme(*make_weight());
    std::map<Xapian::docid, double> out;
    const auto m = e.get_mset(0, 10);
    for (auto it = m.begin(); it != m.end(); ++it) out[*it] = it.get_weight();
    return out;
  };
  const auto by_stem = weights(Xapian::Query("Zelect"));
  const auto by_group = weights(groups.group("Zelect"));
  ASSERT_EQ(by_stem.size(), 6u);
  ASSERT_EQ(by_group.size(), by_stem.size());
  for (const auto& [doc, w] : by_stem) EXPECT_NEAR(by_group.at(doc), w, 1e-9 * w) << doc;
}

TEST_F(StemGroupsTest, ACacheIsReadAndFilledForTheSameStateOfTheArchive) {
  StemGroupCache cache;
  const auto now = StemGroupCache::snapshot_of(db_);
  StemGroups(db_, Xapian::Stem("english"), "en", &cache).group("Zelect");
  const auto stored = cache.find(now, "Zelect");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->words.size(), 4u);
  // What the cache holds is used as it is, without a scan: a made-up group shows it.
  cache.store(now, "Zsovi", {{"cry"}, 1.0});
  EXPECT_EQ(terms_of(StemGroups(db_, Xapian::Stem("english"), "en", &cache).group("Zsovi")),
            (std::set<std::string>{"cry"}));
  // Another state of the archive finds nothing, and storing for it drops the old entries.
  const StemGroupCache::Snapshot later{std::get<0>(now) + 1, std::get<1>(now) + 1,
                                       std::get<2>(now) + 5};
  EXPECT_FALSE(cache.find(later, "Zelect"));
  cache.store(later, "Zx", {});
  EXPECT_FALSE(cache.find(now, "Zelect"));
}

TEST_F(StemGroupsTest, OtherLanguagesScanFromTheirFirstLetters) {
  StemGroups groups(db_, Xapian::Stem("english"),
                    "fr");  // as if French: the scan key of other languages
  EXPECT_EQ(terms_of(groups.group("Zelect")),
            (std::set<std::string>{"elect", "elected", "election", "elections"}));
}

// Greek's stemmer drops accents and Serbian's writes Latin stems: their words do not begin with
// their stems, whether the language is the archive's default (unmarked stems) or another.
TEST(StemGroupsScripts, StemsThatAreNoPrefixOfTheirWordsFindThemInEveryForm) {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase w(dir / "db", Xapian::DB_CREATE_OR_OVERWRITE);
    for (const char* word :
         {"γέφυρα", "γέφυρες", "άνοιξε", "ανοίγει", "izbore", "изборе", "љубав"}) {
      Xapian::Document d;
      d.add_term(word);
      w.add_document(d);
    }
    w.commit();
  }
  const Xapian::Database db(dir / "db");
  StemGroups greek(db, snowball_stemmer("el"), "el");
  EXPECT_EQ(terms_of(greek.group("Zγεφυρ")), (std::set<std::string>{"γέφυρα", "γέφυρες"}));
  EXPECT_EQ(terms_of(greek.group("Zανοιξ")), (std::set<std::string>{"άνοιξε"}));
  StemGroups serbian(db, snowball_stemmer("sr"), "sr");
  EXPECT_EQ(terms_of(serbian.group("Zizbor")), (std::set<std::string>{"izbore", "изборе"}));
  EXPECT_EQ(terms_of(serbian.group("Zljubav")), (std::set<std::string>{"љубав"}));
}

}  // namespace
}  // namespace newsarchive::searcher
