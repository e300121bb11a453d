// Language identification through news-index: articles that state no language are filed under
// the language of their text, a stated one wins, and --no-language-identification files them
// under --language as before.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

const char* kArticles[] = {
    R"({"id":"fr1","title":"Le vieux pont du port fermé aux camions","body":"Le conseil municipal a voté mardi la fermeture du vieux pont du port aux poids lourds à partir du printemps prochain, après que des ingénieurs ont découvert des fissures dans deux de ses piliers d'acier."})",
    R"({"id":"de1","title":"Hafenbrücke für Lastwagen gesperrt","body":"Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem kommenden Frühjahr für Lastwagen zu sperren, nachdem Ingenieure Risse in zwei ihrer Stahlstützen entdeckt hatten."})",
    R"({"id":"es1","language":"es","title":"Le pont fermé","body":"Le conseil municipal a voté mardi la fermeture du vieux pont du port aux poids lourds à partir du printemps prochain, après que des ingénieurs ont découvert des fissures."})",
    R"({"id":"short1","title":"Bridge shut","body":"Closed."})",
};

class LanguagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream out(dir_.path() / "articles.jsonl");
    for (const char* line : kArticles) out << line << "\n";
  }
  void index(const std::string& db, const std::string& flags) {
    const auto r = run_command(std::string(NEWS_INDEX) + " -q " + flags + " --db " +
                               shell_quote(dir_.path() / db) + " " +
                               shell_quote(dir_.path() / "articles.jsonl"));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::vector<std::string> ids(const std::string& db, const std::string& query) {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --json -n 10 --db " +
                               shell_quote(dir_.path() / db) + " " + shell_quote(query));
    EXPECT_LE(r.status, 1) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    std::vector<std::string> out;
    for (const auto& hit : json["hits"]) out.push_back(hit["id"].get<std::string>());
    return out;
  }
  testing::TempDir dir_;
};

TEST_F(LanguagesTest, UnstatedLanguagesAreIdentifiedAndAStatedOneWins) {
  index("db", "");
  EXPECT_EQ(ids("db", "lang:fr"), std::vector<std::string>{"fr1"});
  EXPECT_EQ(ids("db", "lang:de"), std::vector<std::string>{"de1"});
  EXPECT_EQ(ids("db", "lang:es"), std::vector<std::string>{"es1"});
  EXPECT_EQ(ids("db", "lang:und"), std::vector<std::string>{"short1"});
  EXPECT_TRUE(ids("db", "lang:en").empty());
}

TEST_F(LanguagesTest, TheLanguageFacetCountsIdentifiedLanguages) {
  index("db", "");
  const auto r = run_command(std::string(NEWS_SEARCH) + " --json -n 0 --facets lang --db " +
                             shell_quote(dir_.path() / "db") + " pont OR Hafenbrücke OR shut");
  ASSERT_LE(r.status, 1) << r.err;
  std::map<std::string, int> counts;
  const auto json = nlohmann::json::parse(r.out);
  for (const auto& f : json["facets"])
    for (const auto& v : f["values"]) counts[v["label"]] = v["count"];
  EXPECT_EQ(counts, (std::map<std::string, int>{{"fr", 1}, {"de", 1}, {"es", 1}, {"und", 1}}));
}

TEST_F(LanguagesTest, WithoutIdentificationUnstatedArticlesTakeTheDefault) {
  index("db", "--no-language-identification --language de");
  EXPECT_EQ(ids("db", "lang:de").size(), 3u);
  EXPECT_EQ(ids("db", "lang:es"), std::vector<std::string>{"es1"});
  EXPECT_TRUE(ids("db", "lang:fr").empty());
}

// Chinese is written without spaces: indexed and parsed as characters and pairs of characters
// (Xapian's CJK n-grams), a word inside a sentence is found, and the snippet highlights its
// characters and never cuts one in half.
class ChineseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    const auto r =
        run_command(std::string(NEWS_INDEX) + " -q --db " + shell_quote(*dir_ / "db") + " " +
                    shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) +
                                "/sample_data/languages/zh-high-speed-rail.txt"));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static nlohmann::json search(const std::string& query) {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --json --db " +
                               shell_quote(*dir_ / "db") + " " + shell_quote(query));
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  static std::vector<std::string> highlighted(const nlohmann::json& hit) {
    const std::string snippet = hit["snippet"];
    std::vector<std::string> out;
    for (const auto& span : hit["highlights"])
      out.push_back(snippet.substr(span[0].get<std::size_t>(),
                                   span[1].get<std::size_t>() - span[0].get<std::size_t>()));
    return out;
  }
  static testing::TempDir* dir_;
};
testing::TempDir* ChineseTest::dir_ = nullptr;

TEST_F(ChineseTest, AWordInsideASentenceIsFoundAndItsCharactersHighlighted) {
  const auto j = search("车站");  // "station": only inside running text
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["language"], "zh");
  const auto marks = highlighted(j["hits"][0]);
  EXPECT_FALSE(marks.empty());
  for (const auto& m : marks) EXPECT_TRUE(m == "车" || m == "站" || m == "车站") << m;
}

TEST_F(ChineseTest, APhraseOfCharactersIsFound) {
  const auto phrase = search("\"高速铁路\"");
  EXPECT_EQ(phrase["hits"].size(), 1u);
  EXPECT_FALSE(phrase["corrected"]);
  // The same characters in another order match nothing as written (news-search then falls back
  // to a suggestion, and says so).
  EXPECT_TRUE(search("\"铁路高速\"")["corrected"]);
}

TEST_F(ChineseTest, TheLeadIsCutBetweenCharacters) {
  const auto j = search("lang:zh");
  ASSERT_EQ(j["hits"].size(), 1u);
  const std::string snippet = j["hits"][0]["snippet"];
  EXPECT_EQ(snippet.find("\xEF\xBF\xBD"), std::string::npos) << snippet;  // U+FFFD
  EXPECT_TRUE(snippet.ends_with("…")) << snippet;
}

// The sample Arabic article, found by queries typed as another keyboard or writer would:
// vowel marks, hamza on the alef, teh marbuta written as heh, Eastern Arabic digits. (Queries
// are stemmed in the archive's default language, hence an Arabic archive here.)
TEST(ArabicTest, SpellingVariantsAndDigitsFindTheArticle) {
  testing::TempDir dir;
  const auto r = run_command(std::string(NEWS_INDEX) + " -q --language ar --db " +
                             shell_quote(dir.path()) + " " +
                             shell_quote(std::string(NEWSARCHIVE_SOURCE_DIR) +
                                         "/sample_data/languages/ar-port-reopening.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  for (const std::string query :
       {"مدينة", "مدينه", "مَدِينَة", "إعادة", "اعاده", "12 مليون", "\"١٢ مليون\"",
        // Phrases are matched as written, without stems: only one spelling makes them meet.
        "\"اعاده فتح\"", "\"مدينه الواحه\"", "\"مـدينة الواحة\""}) {
    const auto s = run_command(std::string(NEWS_SEARCH) + " --json --db " +
                               shell_quote(dir.path()) + " " + shell_quote(query));
    const auto json = nlohmann::json::parse(s.out);
    EXPECT_EQ(json["hits"].size(), 1u) << query;
    EXPECT_FALSE(json["corrected"]) << query;
  }
}

// In the terminal output every line of Arabic (title and snippet lines alike) is a bidi isolate
// of its own after the rank or indentation, so a terminal lays out each line right to left
// without moving the rank or carrying the direction into the next line.
TEST(ArabicTest, RightToLeftLinesAreIsolatedOneByOne) {
  testing::TempDir dir;
  const std::string samples = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data/";
  const auto r = run_command(std::string(NEWS_INDEX) + " -q --db " + shell_quote(dir.path()) + " " +
                             shell_quote(samples + "languages/ar-port-reopening.txt") + " " +
                             shell_quote(samples + "harbour-bridge-reopens.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto s = run_command(std::string(NEWS_SEARCH) + " --db " + shell_quote(dir.path()) +
                             " '\"الصيادين\" OR Eastbrook'");
  ASSERT_EQ(s.status, 0) << s.err;
  const std::string isolate = "\u2068", pop = "\u2069";
  std::size_t arabic_lines = 0, start = 0;
  for (auto end = s.out.find('\n'); end != std::string::npos;
       start = end + 1, end = s.out.find('\n', start)) {
    const std::string line = s.out.substr(start, end - start);
    const bool arabic =
        line.find("\xD8") != std::string::npos || line.find("\xD9") != std::string::npos;
    if (!arabic) {
      EXPECT_EQ(line.find(isolate), std::string::npos) << line;
      continue;
    }
    if (line.find(" · ") != std::string::npos) {  // the metadata line: each name isolated
      EXPECT_NE(line.find(isolate + "ليلى حداد" + pop), std::string::npos) << line;
      continue;
    }
    ++arabic_lines;
    const auto text_at = line.find_first_not_of(" 0123456789.");
    EXPECT_EQ(line.substr(text_at, isolate.size()), isolate) << line;
    EXPECT_TRUE(line.ends_with(pop)) << line;
  }
  EXPECT_GE(arabic_lines, 3u) << s.out;  // the title and at least two lines of snippet
}

// Each article is stemmed in its own language and a query in every language of the archive:
// the sample articles in French, German, Spanish and Russian (with the English ones beside them)
// and a few of the test's own that isolate elision and stems two languages share.
const char* kStemmingArticles[] = {
    R"({"id":"fr-elision","title":"Vote à Rivebelle","body":"Le préfet a confirmé dimanche soir la date de l'élection du nouveau maire, après un recours déposé par l'opposition municipale contre le premier scrutin."})",
    R"({"id":"fr-marches","title":"Les prix sur les étals","body":"Les prix des légumes ont encore augmenté cette semaine sur les marchés de la ville, où les producteurs locaux vendent moins qu'au printemps dernier."})",
    R"({"id":"en-marched","title":"Thousands protest","body":"Thousands of protesters marched through the city centre on Saturday to demand cheaper housing and better public transport, organisers said."})",
};

// Each test runs on an archive that indexes each language's stems and on one stemmed at search
// time (--search-time-stemming), whose queries find each language's words in its own articles.
class LanguageStemmingTest : public ::testing::TestWithParam<bool> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    std::ofstream(*dir_ / "articles.jsonl") << kStemmingArticles[0] << "\n"
                                            << kStemmingArticles[1] << "\n"
                                            << kStemmingArticles[2] << "\n";
    const std::string samples = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data/";
    std::string inputs = shell_quote(*dir_ / "articles.jsonl");
    for (const char* file :
         {"languages/fr-elections-municipales.txt", "languages/de-hafen-streik.txt",
          "languages/es-sequia-embalses.txt", "languages/ru-most-remont.txt",
          "harbour-bridge-reopens.txt", "cocoa-prices-storm.txt"})
      inputs += " " + shell_quote(samples + file);
    for (const bool search_time : {false, true}) {
      const auto r = run_command(std::string(NEWS_INDEX) + " -q" +
                                 (search_time ? " --search-time-stemming" : "") + " --db " +
                                 shell_quote(db(search_time)) + " " + inputs);
      ASSERT_EQ(r.status, 0) << r.err;
    }
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string db(bool search_time) {
    return *dir_ / (search_time ? "db-search-time" : "db");
  }
  nlohmann::json search(const std::string& query) const {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --json -n 20 --db " +
                               shell_quote(db(GetParam())) + " " + shell_quote(query));
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  std::set<std::string> ids(const std::string& query) const {
    std::set<std::string> out;
    const auto result = search(query);
    for (const auto& hit : result["hits"]) out.insert(hit["id"].get<std::string>());
    return out;
  }
  static testing::TempDir* dir_;
};
testing::TempDir* LanguageStemmingTest::dir_ = nullptr;

TEST_P(LanguageStemmingTest, AFrenchWordIsFoundBehindAnElidedArticle) {
  // "l'élection" only: the French stem of "élections" is "élect" once "l'" is dropped.
  EXPECT_TRUE(ids("élections").contains("fr-elision"));
  EXPECT_TRUE(ids("élections").contains("courrier-rivebelle-2024-0311-elections"));
  EXPECT_TRUE(ids("opposition").contains("fr-elision"));  // "l'opposition"
}

TEST_P(LanguageStemmingTest, ACapitalisedGermanNounFindsItsOtherForms) {
  EXPECT_EQ(ids("Regierung"), std::set<std::string>{"tageblatt-2024-0604-streik"});
  EXPECT_EQ(ids("Gewerkschaften"), std::set<std::string>{"tageblatt-2024-0604-streik"});
  // The archive writes only "Regierungen": another form of the word searched, which the search
  // finds already, is no spelling mistake to correct ("did you mean: Regierungen" before).
  EXPECT_TRUE(search("Regierung")["suggestion"].is_null()) << search("Regierung")["suggestion"];
  EXPECT_EQ(search("harbuor")["suggestion"], "harbour");  // a real misspelling still is
}

TEST_P(LanguageStemmingTest, SpanishAndRussianWordsFindTheirOtherForms) {
  EXPECT_EQ(ids("secos"), std::set<std::string>{"diario-valdeoro-2024-0327-sequia"});  // "seco"
  EXPECT_EQ(ids("бюджета"), std::set<std::string>{"vestnik-2024-0701-most"});  // "бюджету"
  EXPECT_EQ(ids("мостом"), std::set<std::string>{"vestnik-2024-0701-most"});   // "мост"
}

TEST_P(LanguageStemmingTest, OneLanguagesStemsNeverMatchAnothersWords) {
  // French "marchés" and English "marched" share the stem "march" in their own stemmers.
  EXPECT_EQ(ids("marchés"), std::set<std::string>{"fr-marches"});
  EXPECT_EQ(ids("marching"), std::set<std::string>{"en-marched"});
}

TEST_P(LanguageStemmingTest, LangNarrowsTheLanguagesAQueryIsStemmedFor) {
  EXPECT_EQ(ids("élections lang:fr"),
            (std::set<std::string>{"fr-elision", "courrier-rivebelle-2024-0311-elections"}));
  EXPECT_TRUE(ids("marchés lang:en").empty());
}

TEST_P(LanguageStemmingTest, EnglishStemsAreAsBefore) {
  EXPECT_TRUE(ids("protest").contains("en-marched"));  // "protesters", an English stem
  const auto j = search("bridges");
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["language"], "en");
}

TEST_P(LanguageStemmingTest, TheFrenchWordBehindItsArticleIsHighlighted) {
  const auto j = search("élections lang:fr");
  bool seen = false;
  for (const auto& hit : j["hits"]) {
    if (hit["id"] != "fr-elision") continue;
    seen = true;
    const std::string snippet = hit["snippet"];
    bool elision_marked = false;
    for (const auto& span : hit["highlights"]) {
      const auto begin = span[0].get<std::size_t>(), end = span[1].get<std::size_t>();
      elision_marked |= snippet.substr(begin, end - begin) == "l'élection";
    }
    EXPECT_TRUE(elision_marked) << snippet;
  }
  EXPECT_TRUE(seen);
}

INSTANTIATE_TEST_SUITE_P(BothStemmings, LanguageStemmingTest, ::testing::Bool(),
                         [](const auto& stemming) {
                           return stemming.param ? "StemmedAtSearch" : "StemsIndexed";
                         });

}  // namespace
}  // namespace newsarchive
