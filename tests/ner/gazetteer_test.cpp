#include "newsarchive/ner/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "newsarchive/ner/features.h"
#include "newsarchive/ner/gazetteer_builder.h"
#include "newsarchive/ner/hashing.h"
#include "test_paths.h"
#include "word_documents.h"

namespace newsarchive::ner {
namespace {

namespace fs = std::filesystem;

}  // namespace

void PrintTo(const GazetteerEntry& e, std::ostream* os) {
  *os << gazetteer_list_name(e.list) << ':' << e.phrase;
}

namespace {

// Each token's marks for one list, as a string of B/I/L/U/- for easy comparison.
std::string marks_of(const HashIndex& index, const std::vector<std::string>& words,
                     GazetteerList list, std::vector<std::uint8_t> may_start = {}) {
  std::vector<std::uint64_t> lower;
  for (const std::string& w : words) lower.push_back(hash_bytes(lower_word(w)));
  if (may_start.empty()) may_start.assign(words.size(), 1);
  std::vector<GazetteerMarks> marks(words.size());
  match_gazetteer(index, lower.data(), may_start.data(), words.size(), marks.data());
  std::string out;
  for (const GazetteerMarks& m : marks) out += "-BILU"[m[static_cast<std::size_t>(list)]];
  return out;
}

TEST(Gazetteer, MarksTheLongestMatchOfEachListIgnoringCase) {
  const HashIndex index = build_gazetteer_index({{GazetteerList::kCompany, "Bank of America Corp"},
                                                 {GazetteerList::kCompanyShort, "Bank of America"},
                                                 {GazetteerList::kPlace, "America"},
                                                 {GazetteerList::kPlace, "New York"}});
  const std::vector<std::string> words = {"BANK", "of", "America", "Corp", "in", "New", "York"};
  EXPECT_EQ(marks_of(index, words, GazetteerList::kCompany), "BIIL---");
  EXPECT_EQ(marks_of(index, words, GazetteerList::kCompanyShort), "BIL----");
  EXPECT_EQ(marks_of(index, words, GazetteerList::kPlace), "--U--BL");
  EXPECT_EQ(marks_of(index, words, GazetteerList::kPerson), "-------");
}

TEST(Gazetteer, MatchesStartOnlyWhereAllowedAndNeverOverlap) {
  const HashIndex index = build_gazetteer_index(
      {{GazetteerList::kPlace, "New York"}, {GazetteerList::kPlace, "York City"}});
  const std::vector<std::string> words = {"New", "York", "City"};
  EXPECT_EQ(marks_of(index, words, GazetteerList::kPlace), "BL-");
  EXPECT_EQ(marks_of(index, words, GazetteerList::kPlace, {0, 1, 1}), "-BL");
  EXPECT_EQ(marks_of(index, words, GazetteerList::kPlace, {0, 0, 0}), "---");
}

TEST(Gazetteer, FileRoundTripIsSortedWithoutDuplicates) {
  const fs::path p = fs::temp_directory_path() / "ner-gazetteer-test.tsv";
  write_gazetteer_file(p.string(),
                       {{GazetteerList::kPlace, "Paris"},
                        {GazetteerList::kPerson, "James Baker"},
                        {GazetteerList::kPlace, "Paris"}},
                       {"made by a test"});
  std::ifstream in(p);
  const std::string text{std::istreambuf_iterator<char>(in), {}};
  EXPECT_EQ(text, "# made by a test\nperson\tJames Baker\nplace\tParis\n");
  const auto back = read_gazetteer_file(p.string());
  ASSERT_EQ(back.size(), 2U);
  EXPECT_EQ(back[0], (GazetteerEntry{GazetteerList::kPerson, "James Baker"}));
  fs::remove(p);
}

TEST(Gazetteer, MalformedLineIsAnErrorNamingFileAndLine) {
  const fs::path p = fs::temp_directory_path() / "ner-gazetteer-bad.tsv";
  std::ofstream(p) << "# header\nplace\tParis\nplanet\tMars\n";
  try {
    read_gazetteer_file(p.string());
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(p.string() + "' line 3: unknown gazetteer list 'planet'"),
              std::string::npos)
        << e.what();
  }
  std::ofstream(p) << "place Paris\n";
  EXPECT_THROW(read_gazetteer_file(p.string()), std::runtime_error);
  fs::remove(p);
}

TEST(Gazetteer, FeaturesOnlyForMatchedTokens) {
  const testing::WordDocument d = testing::make_doc({{"Shares", "of", "Intel", "Corp", "rose"}});
  const HashIndex lexicon;
  const HashIndex gazetteer = build_gazetteer_index({{GazetteerList::kCompany, "Intel Corp"}});
  FeatureList plain;
  FeatureList with;
  FeatureExtractor(lexicon).extract(d.views(), d.sentences, plain);
  FeatureExtractor(lexicon, &gazetteer).extract(d.views(), d.sentences, with);
  for (std::size_t i = 0; i < d.words.size(); ++i) {
    const std::size_t extra =
        (with.offsets[i + 1] - with.offsets[i]) - (plain.offsets[i + 1] - plain.offsets[i]);
    EXPECT_EQ(extra, i == 2 || i == 3 ? 2U : 0U) << d.words[i];
  }
}

TEST(CompanyNames, NameIsTheRunEndMostMentionsShare) {
  CompanyNameCollector c;
  c.add_text("Shares of Intel Corp ( INTC.O ) rose. Intel Corp (INTC.O) said on Monday.");
  c.add_text(
      "Chipmaker Intel Corp (INTC.O) and Bank of America Corp (BAC.N) and Bank of America "
      "Corp (BAC.N) met. A one-off Name Inc (ONE.N) too.");
  c.add_text("Russia's Norilsk Nickel (GMKN.MM) and Russia's Norilsk Nickel (GMKN.MM) grew.");
  c.add_text(
      "Great Britain's Meggitt Plc (MGGT.L) and Britain's Meggitt Plc (MGGT.L) sold to "
      "Meggitt Plc's (MGGT.L) clients of Dick's Sporting Goods (DKS.N) and Dick's Sporting "
      "Goods (DKS.N).");
  c.add_text(
      "In 1987 International Business Machines Corp <IBM> and IBM Corp <IBM> sold, "
      "International Business Machines Corp <IBM> said. GDP (GDP) and (Reuters) are no codes.");
  const auto entries = c.entries(2, {"Russia", "Great", "Britain"});
  const std::vector<GazetteerEntry> expected = {
      {GazetteerList::kCompany, "Intel Corp"},
      {GazetteerList::kCompanyShort, "Intel"},
      {GazetteerList::kCompany, "Bank of America Corp"},
      {GazetteerList::kCompanyShort, "Bank of America"},
      {GazetteerList::kCompany, "International Business Machines Corp"},
      {GazetteerList::kCompanyShort, "International Business Machines"},
      {GazetteerList::kCompany, "Norilsk Nickel"},
      {GazetteerList::kCompany, "Meggitt Plc"},
      {GazetteerList::kCompanyShort, "Meggitt"},
      {GazetteerList::kCompany, "Dick 's Sporting Goods"},
  };
  std::vector<GazetteerEntry> sorted_expected = expected;
  std::vector<GazetteerEntry> sorted_entries = entries;
  std::sort(sorted_expected.begin(), sorted_expected.end());
  std::sort(sorted_entries.begin(), sorted_entries.end());
  EXPECT_EQ(sorted_entries, sorted_expected);
  EXPECT_EQ(c.ticker_count(), 7U);
}

TEST(CompanyNames, LegalFormsAreCutFromTheEnd) {
  EXPECT_EQ(without_legal_form({"Toyota", "Motor", "Corp"}),
            (std::vector<std::string>{"Toyota", "Motor"}));
  EXPECT_EQ(without_legal_form({"Merrill", "Lynch", "&", "Co"}),
            (std::vector<std::string>{"Merrill", "Lynch"}));
  EXPECT_EQ(without_legal_form({"Siemens", "AG"}), (std::vector<std::string>{"Siemens"}));
  EXPECT_TRUE(without_legal_form({"Group", "Holdings"}).empty());
}

// Archive-level label propagation keeps a name the recogniser tags often and one way.
TEST(TaggedNames, KeepsNamesTaggedOftenWithOneType) {
  const Recognizer recognizer = Recognizer::load(testing::model_path());
  TaggedNameCounter counter(recognizer);
  for (int i = 0; i < 3; ++i) {
    counter.add_text("Chancellor Angela Merkel met Prime Minister Mark Rutte in Berlin on Monday.");
  }
  counter.add_text("Prime Minister Mark Rutte flew home.");
  const auto entries = counter.entries(3, 0.9);
  const auto has = [&](GazetteerList l, const std::string& p) {
    return std::find(entries.begin(), entries.end(), GazetteerEntry{l, p}) != entries.end();
  };
  EXPECT_TRUE(has(GazetteerList::kTaggedPerson, "Angela Merkel"));
  EXPECT_TRUE(has(GazetteerList::kTaggedPerson, "Mark Rutte"));
  EXPECT_TRUE(has(GazetteerList::kTaggedPlace, "Berlin"));
  EXPECT_TRUE(counter.entries(5, 0.9).empty());  // Mark Rutte, the most seen, 4 times
}

TEST(GazetteerSources, Iso3166AndReutersListsWhenInstalled) {
  const std::string iso = "/usr/share/iso-codes/json";
  if (!fs::exists(iso + "/iso_3166-1.json")) GTEST_SKIP() << "iso-codes not installed";
  const auto entries = iso_3166_entries(iso);
  const auto has = [&](GazetteerList l, const std::string& p) {
    return std::find(entries.begin(), entries.end(), GazetteerEntry{l, p}) != entries.end();
  };
  EXPECT_TRUE(has(GazetteerList::kPlace, "Germany"));
  EXPECT_TRUE(has(GazetteerList::kPlace, "Federal Republic of Germany"));
  EXPECT_TRUE(has(GazetteerList::kSubdivision, "California"));
}

// WordNet's data.noun, as wndb(5WN) lays it out: named people and places are instances
// (pointer "@i") in noun.person (18), noun.location (15) and noun.object (17); named groups
// are capitalised lemmas of noun.group (14), instance or not. Kinds of things are no names.
TEST(GazetteerSources, WordnetNamesPeoplePlacesAndGroupsButNotKindsOfThings) {
  const fs::path dir = fs::temp_directory_path() / "newsarchive_wordnet_test";
  fs::create_directories(dir);
  std::ofstream(dir / "data.noun")
      << "  1 This software and database is being provided to you, the LICENSEE, by\n"
      << "08500001 15 n 02 Milan 0 Milano 0 001 @i 08500002 n 0000 | a city in Italy\n"
      << "08500002 15 n 01 city 0 001 @ 08500003 n 0000 | a large town\n"
      << "09500001 18 n 02 Einstein 0 Albert_Einstein 0 001 @i 09500002 n 0000 | physicist\n"
      << "09500003 18 n 01 Parisian 0 001 @ 09500004 n 0000 | a native of Paris\n"
      << "09100001 17 n 02 Danube 0 Danube_River 0 001 @i 09100002 n 0000 | a river\n"
      << "08200001 14 n 02 Red_Cross 0 Salvation_Army 0 000 | charities\n"
      << "08200002 14 n 01 committee 0 000 | a group\n"
      << "04500001 06 n 01 Alhambra 0 001 @i 04500002 n 0000 | a palace\n"
      << "09600001 18 n 02 Sun_Yat-sen(a) 0 X 0 001 @i 09500002 n 0000 | a leader\n";
  const auto entries = wordnet_entries(dir.string());
  fs::remove_all(dir);
  const std::vector<GazetteerEntry> expected = {{GazetteerList::kPlace, "Milan"},
                                                {GazetteerList::kPlace, "Milano"},
                                                {GazetteerList::kPerson, "Einstein"},
                                                {GazetteerList::kPerson, "Albert Einstein"},
                                                {GazetteerList::kPlace, "Danube"},
                                                {GazetteerList::kPlace, "Danube River"},
                                                {GazetteerList::kOrganisation, "Red Cross"},
                                                {GazetteerList::kOrganisation, "Salvation Army"},
                                                {GazetteerList::kPerson, "Sun Yat-sen"}};
  EXPECT_EQ(entries, expected);
}

// The everyday words that keep a city's name out of the place list ("Reading", "Mobile"):
// lower-case lemmas of every part of speech, as written in running text; names are not among
// them.
TEST(GazetteerSources, WordnetCommonWordsAreItsLowerCaseLemmasOfEveryPartOfSpeech) {
  const fs::path dir = fs::temp_directory_path() / "newsarchive_wordnet_common_test";
  fs::create_directories(dir);
  std::ofstream(dir / "data.noun")
      << "  1 This software and database is being provided to you, the LICENSEE, by\n"
      << "00100001 04 n 02 reading 0 Reading 1 000 | the act of reading; a town\n"
      << "00100002 06 n 01 bath_chair 0 000 | a wheelchair\n";
  std::ofstream(dir / "data.verb") << "00200001 30 v 01 split 0 000 | divide\n";
  std::ofstream(dir / "data.adj") << "00300001 00 s 02 mobile(a) 0 Nice 0 000 | moving\n";
  std::ofstream(dir / "data.adv") << "00400001 02 r 01 nicely 0 000 | in a nice way\n";
  const auto words = wordnet_common_words(dir.string());
  fs::remove_all(dir);
  const std::set<std::string> expected = {"bath chair", "mobile", "nicely", "reading", "split"};
  EXPECT_EQ(words, expected);
}

TEST(GazetteerSources, AWordnetFileThatCannotBeReadIsNamed) {
  try {
    wordnet_entries("/nonexistent/wordnet");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/wordnet/data.noun"), std::string::npos);
  }
}

}  // namespace
}  // namespace newsarchive::ner
