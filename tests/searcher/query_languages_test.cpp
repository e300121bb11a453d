// A query parsed with the word-keeping stemmer, stemmed for several languages.
#include "query_languages.h"

#include <gtest/gtest.h>

namespace newsarchive::searcher {
namespace {

// An archive holding the stems the tests look for (and no others).
Xapian::Database archive() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  for (const char* term : {"Zélection", "Zfr:élect", "ZSfr:élect", "Zle", "Zfr:le", "regierung",
                           "Zde:regier", "die", "regierung"})
    doc.add_term(term);
  db.add_document(doc);
  return db;
}

std::string stemmed(const std::string& text, const std::vector<std::string>& languages) {
  Xapian::QueryParser qp;
  qp.set_stemmer(word_keeping_stemmer());
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.add_prefix("title", "S");
  qp.add_boolean_prefix("lang", "L");
  return stem_for_languages(qp.parse_query(text), archive(), languages, "en").get_description();
}

TEST(QueryLanguages, AWordBecomesItsStemInEachLanguage) {
  // English keeps the "é" word's "-ion"; French drops it, and its stem is marked.
  EXPECT_EQ(stemmed("élections", {"en", "fr"}), "Query((Zélection OR Zfr:élect))");
  EXPECT_EQ(stemmed("title:élections", {"fr"}), "Query(ZSfr:élect)");
}

TEST(QueryLanguages, AStemNoArticleHoldsIsLeftOut) {
  // No German article holds "élections"' German stem: French and English remain.
  EXPECT_EQ(stemmed("élections", {"de", "en", "fr"}), "Query((Zélection OR Zfr:élect))");
  // None holds any: the first stays, matching nothing as before.
  EXPECT_EQ(stemmed("zeppelins", {"en", "fr"}), "Query(Zzeppelin)");
}

TEST(QueryLanguages, AStopwordOfALanguageIsLeftOutOfIt) {
  // "les" is a French function word, kept for English; "the" is one in English only.
  const auto d = stemmed("les élections", {"en", "fr"});
  EXPECT_NE(d.find("Zle"), std::string::npos) << d;
  EXPECT_EQ(d.find("Zfr:le"), std::string::npos) << d;
  // A word that is a stopword in every language searched is still searched.
  EXPECT_NE(stemmed("les", {"fr"}).find("Zfr:le"), std::string::npos);
}

TEST(QueryLanguages, GermanStemsCapitalisedWordsToo) {
  EXPECT_EQ(stemmed("Regierung", {"en", "de"}), "Query((regierung@1 OR Zde:regier))");
  EXPECT_EQ(stemmed("Regierung", {"en", "fr"}), "Query(regierung@1)");
  // Phrases hold exact words.
  EXPECT_EQ(stemmed("\"die Regierung\"", {"de"}), "Query((die@1 PHRASE 2 regierung@2))");
}

TEST(QueryLanguages, LangTermsNameTheLanguagesSearchedUnlessExcluded) {
  Xapian::QueryParser qp;
  qp.add_boolean_prefix("lang", "L");
  EXPECT_EQ(named_stemming_languages(qp.parse_query("x lang:fr"), "en"),
            std::vector<std::string>{"fr"});
  EXPECT_EQ(named_stemming_languages(qp.parse_query("x lang:zh"), "en"),
            std::vector<std::string>{"en"});
  EXPECT_TRUE(named_stemming_languages(qp.parse_query("x -lang:fr"), "en").empty());
}

TEST(QueryLanguages, TheDefaultsStemsSufficeForAnArchiveOfItsLanguageAlone) {
  EXPECT_TRUE(default_stems_suffice({"en"}, "en"));
  EXPECT_TRUE(default_stems_suffice({}, "en"));
  EXPECT_FALSE(default_stems_suffice({"en", "fr"}, "en"));
  EXPECT_FALSE(default_stems_suffice({"de"}, "de"));
}

}  // namespace
}  // namespace newsarchive::searcher
