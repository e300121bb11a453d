// Names in other languages through news-index: an article in French gets the names the archive
// already knows from its English articles, and nothing the English recogniser would guess.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

// Three English articles name the central banker (the archive then knows him: 3 articles).
const char* kEnglish[] = {
    R"({"id":"en1","language":"en","title":"ECB holds rates","body":"European Central Bank President Jean-Claude Trichet said on Thursday that rates would stay on hold as inflation eased in the euro zone."})",
    R"({"id":"en2","language":"en","title":"Trichet warns on wages","body":"Jean-Claude Trichet warned governments in Frankfurt against wage deals that could push inflation higher, the central bank chief told reporters."})",
    R"({"id":"en3","language":"en","title":"Euro falls","body":"The euro fell after Jean-Claude Trichet, the head of the European Central Bank, said growth risks had increased."})",
};

// A French article naming him, and a local mayor
// no English article names. The English recogniser finds the mayor; known names do not.
const char* kFrench =
    R"({"id":"fr1","language":"fr","title":"La BCE laisse ses taux inchangés","body":"Le président de la BCE, Jean-Claude Trichet, a laissé ses taux inchangés jeudi. Trichet a rencontré le maire de Villeneuve-sur-Lot, Patrick Cassany, lors d'un déplacement."})";
const char* kArabic =
    R"({"id":"ar1","language":"ar","title":"البنك المركزي الأوروبي يبقي أسعار الفائدة","body":"قال جان كلود تريشيه (Jean-Claude Trichet) رئيس البنك المركزي الأوروبي إن أسعار الفائدة ستبقى دون تغيير."})";

class KnownNamesTest : public ::testing::Test {
 protected:
  void index(const std::vector<const char*>& articles, const std::string& flags) {
    const auto file = dir_.path() / ("articles" + std::to_string(++files_) + ".jsonl");
    {
      std::ofstream out(file);
      for (const char* line : articles) out << line << "\n";
    }
    const auto r = run_command(std::string(NEWS_INDEX) + " -q " + flags + " --db " +
                               shell_quote(dir_.path() / "db") + " " + shell_quote(file));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  // The people facet of the articles `query` finds, as keys of labels.
  std::set<std::string> people(const std::string& query) {
    const auto r = run_command(std::string(NEWS_SEARCH) + " --json --facets person:50 --db " +
                               shell_quote(dir_.path() / "db") + " " + shell_quote(query));
    EXPECT_LE(r.status, 1) << r.err;
    std::set<std::string> out;
    const auto json = nlohmann::json::parse(r.out);
    for (const auto& f : json["facets"])
      for (const auto& v : f["values"]) out.insert(v["label"].get<std::string>());
    return out;
  }
  testing::TempDir dir_;
  int files_ = 0;
};

TEST_F(KnownNamesTest, AFrenchArticleGetsTheNamesTheArchiveKnowsAndNoGuesses) {
  index({kEnglish[0], kEnglish[1], kEnglish[2]}, "--known-names ''");
  index({kFrench}, "--known-names ''");
  EXPECT_EQ(people("id:fr1"), (std::set<std::string>{"Jean-Claude Trichet"}));
  EXPECT_EQ(people("person:\"Jean-Claude Trichet\" lang:fr").size(), 1u);
  EXPECT_TRUE(people("person:\"Patrick Cassany\"").empty());
}

TEST_F(KnownNamesTest, WithoutKnownNamesAFrenchArticleHasNoEntitiesAtAll) {
  // The same French article in a fresh archive: the English recogniser is not run on it, so the
  // mayor (which it would tag) is not claimed, and nothing else is.
  index({kFrench}, "--known-names ''");
  EXPECT_TRUE(people("id:fr1").empty());
  EXPECT_TRUE(people("person:\"Patrick Cassany\"").empty());
}

TEST_F(KnownNamesTest, NamesSeenOnFewerThanThreeArticlesAreNotKnown) {
  index({kEnglish[0], kEnglish[1]}, "--known-names ''");
  index({kFrench}, "--known-names ''");
  EXPECT_TRUE(people("id:fr1").empty());
}

TEST_F(KnownNamesTest, TheCommittedListIsKnownToAFreshArchive) {
  index({kFrench}, "");  // the default list, built from English news (ner/names)
  EXPECT_EQ(people("id:fr1"), (std::set<std::string>{"Jean-Claude Trichet"}));
}

// Even a known name written in Latin letters inside it: nothing recognises Arabic names, so no
// facet of an Arabic article is claimed.
TEST_F(KnownNamesTest, AnArticleInAnotherScriptGetsNoEntities) {
  index({kEnglish[0], kEnglish[1], kEnglish[2]}, "--known-names ''");
  index({kArabic}, "");
  EXPECT_TRUE(people("id:ar1").empty());
}

TEST_F(KnownNamesTest, AMalformedListIsRefusedNamingItsFileAndLine) {
  const auto list = dir_.path() / "names.tsv";
  std::ofstream(list) << "LOC\tparis\t12\nLOC\tberlin\n";
  const auto articles = dir_.path() / "fr.jsonl";
  std::ofstream(articles) << kFrench << "\n";
  const auto r =
      run_command(std::string(NEWS_INDEX) + " -q --known-names " + shell_quote(list) + " --db " +
                  shell_quote(dir_.path() / "db") + " " + shell_quote(articles));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(list.string() + ":2:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newsarchive
