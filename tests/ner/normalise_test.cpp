#include "newsarchive/ner/normalise.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "newsarchive/ner/gazetteer.h"
#include "newsarchive/ner/lexicon.h"

namespace newsarchive::ner {
namespace {

Mention mention(EntityType type, const std::string& text) {
  return {type, 0, text.size(), text};
}

const Entity* find(const std::vector<Entity>& entities, const std::string& display) {
  for (const Entity& e : entities) {
    if (e.display == display) return &e;
  }
  return nullptr;
}

// A mention of `phrase` where it first occurs in `text`.
Mention at(std::string_view text, EntityType type, std::string_view phrase) {
  const std::size_t begin = text.find(phrase);
  return {type, begin, begin + phrase.size(), std::string(phrase)};
}

// "X Institute for Y Policy" is one organisation even when the tagger leaves Y's last words
// out, but a joined name never swallows the next name or a weekday.
TEST(Normalise, ALinkedOrganisationTakesTheCapitalisedWordsTheTaggerLeftOut) {
  const std::string text =
      "Ross works at the Washington Institute for Near East Policy, and the Center for "
      "Security Tuesday said the Bank of England Governor Mark Carney agreed.";
  const auto entities = normalise(
      text,
      {at(text, EntityType::kOrganisation, "Washington Institute"),
       at(text, EntityType::kPlace, "Near East"), at(text, EntityType::kOrganisation, "Center"),
       at(text, EntityType::kOrganisation, "Security"), at(text, EntityType::kOrganisation, "Bank"),
       at(text, EntityType::kPlace, "England"), at(text, EntityType::kPerson, "Mark Carney")});
  const Entity* institute = find(entities, "Washington Institute for Near East Policy");
  ASSERT_NE(institute, nullptr);
  EXPECT_EQ(institute->type, EntityType::kOrganisation);
  EXPECT_NE(find(entities, "Center for Security"), nullptr);
  EXPECT_NE(find(entities, "Bank of England"), nullptr);
  EXPECT_NE(find(entities, "Mark Carney"), nullptr);
}

TEST(EntityKey, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(fold_name("U.S."), "us");
  EXPECT_EQ(fold_name("US"), "us");
  EXPECT_EQ(entity_key("Café"), "cafe");
  EXPECT_EQ(entity_key("Cafe"), "cafe");
  EXPECT_EQ(entity_key("Mohanad  Hage-Ali"), "mohanad hage ali");
  EXPECT_EQ(entity_key("Mohanad Hage Ali"), "mohanad hage ali");
  EXPECT_EQ(entity_key("São Paulo"), "sao paulo");
  EXPECT_EQ(entity_key("Øresund Straße"), "oresund strasse");
  EXPECT_EQ(entity_key("O’Neill"), "oneill");
  EXPECT_EQ(entity_key("AT&T"), "att");
}

TEST(EntityKey, IsShortEnough) {
  const std::string long_name(300, 'a');
  EXPECT_LE(entity_key(long_name).size(), 120U);
  std::string words;
  for (int i = 0; i < 40; ++i) words += "Word ";
  const std::string key = entity_key(words);
  EXPECT_LE(key.size(), 120U);
  EXPECT_NE(key.back(), ' ');
}

TEST(Normalise, ShortFormsResolveToTheFullestName) {
  const auto entities = normalise(
      "", {mention(EntityType::kPerson, "Ayatollah Ali Khamenei"),
           mention(EntityType::kPerson, "Khamenei"), mention(EntityType::kOrganisation, "Haniyeh"),
           mention(EntityType::kPerson, "Ismail Haniyeh")});
  ASSERT_EQ(entities.size(), 2U);
  EXPECT_EQ(entities[0].display, "Ali Khamenei");
  EXPECT_EQ(entities[0].key, "ali khamenei");
  EXPECT_EQ(entities[0].type, EntityType::kPerson);
  EXPECT_EQ(entities[1].display, "Ismail Haniyeh");
  EXPECT_EQ(entities[1].type, EntityType::kPerson);
}

TEST(Normalise, HeadlineCapitalsResolveToTheFullNameInTheText) {
  const auto entities = normalise(
      "", {mention(EntityType::kPerson, "DEAN FOODS"), mention(EntityType::kPlace, "JAPAN"),
           mention(EntityType::kOrganisation, "Dean Foods Co"),
           mention(EntityType::kOrganisation, "Japan Air Lines")});
  ASSERT_EQ(entities.size(), 3U);
  EXPECT_EQ(entities[0].display, "Dean Foods Co");
  EXPECT_EQ(entities[0].type, EntityType::kOrganisation);
  // One word in capitals is too little to tell the country from the airline.
  EXPECT_EQ(entities[1].display, "JAPAN");
  EXPECT_EQ(entities[1].type, EntityType::kPlace);
}

TEST(Normalise, TitlesAndPossessivesAreNotPartOfNames) {
  const auto entities = normalise(
      "", {mention(EntityType::kOrganisation, "Hamas’"), mention(EntityType::kPlace, "Iran's"),
           mention(EntityType::kPerson, "Prime Minister Jane Doe"),
           mention(EntityType::kPerson, "Dr. John Roe")});
  ASSERT_NE(find(entities, "Hamas"), nullptr);
  ASSERT_NE(find(entities, "Iran"), nullptr);
  ASSERT_NE(find(entities, "Jane Doe"), nullptr);
  ASSERT_NE(find(entities, "John Roe"), nullptr);
  EXPECT_EQ(entities.size(), 4U);
}

// Reuters writes a company's instrument code right after its name, without brackets, and the
// tagger takes it into the name: the code goes, and the name is the one written without it.
TEST(Normalise, AnInstrumentCodeAfterANameIsNotPartOfIt) {
  const auto entities =
      normalise("", {mention(EntityType::kOrganisation, "ABN Amro AAH.AS"),
                     mention(EntityType::kOrganisation, "ABN Amro"),
                     mention(EntityType::kOrganisation, "Kohlberg Kravis Roberts & Co KKR.UL"),
                     mention(EntityType::kOrganisation, "DaimlerChrysler DCXGn.DE"),
                     mention(EntityType::kOrganisation, "Kookmin Bank 060000.KS"),
                     mention(EntityType::kPlace, "U.S."), mention(EntityType::kPlace, "St.Louis")});
  EXPECT_NE(find(entities, "ABN Amro"), nullptr);
  EXPECT_NE(find(entities, "Kohlberg Kravis Roberts & Co"), nullptr);
  EXPECT_NE(find(entities, "DaimlerChrysler"), nullptr);
  EXPECT_NE(find(entities, "Kookmin Bank"), nullptr);
  EXPECT_NE(find(entities, "U.S."), nullptr);
  EXPECT_NE(find(entities, "St.Louis"), nullptr);
  EXPECT_EQ(entities.size(), 6U);
}

// An article that spells an organisation out and then calls it by its initials names one
// organisation, whatever type the tagger gave the letters; letters that spell nothing the
// article names, or that an alias table knows, stay as they are.
TEST(Normalise, LettersForAnOrganisationTheArticleSpellsOutAreThatOrganisation) {
  const auto entities = normalise(
      "",
      {mention(EntityType::kOrganisation, "Nordwind Container Lines Ltd"),
       mention(EntityType::kPerson, "NCL"), mention(EntityType::kOrganisation, "Bank of Lumeria"),
       mention(EntityType::kOrganisation, "BOL"), mention(EntityType::kOrganisation, "XYZ"),
       mention(EntityType::kOrganisation, "United Steelworkers"),
       mention(EntityType::kPlace, "US")});
  ASSERT_NE(find(entities, "Nordwind Container Lines Ltd"), nullptr);
  EXPECT_EQ(find(entities, "Nordwind Container Lines Ltd")->type, EntityType::kOrganisation);
  EXPECT_EQ(find(entities, "NCL"), nullptr);
  EXPECT_EQ(find(entities, "BOL"), nullptr);
  EXPECT_NE(find(entities, "XYZ"), nullptr);
  EXPECT_NE(find(entities, "US"), nullptr);
  EXPECT_EQ(entities.size(), 5U);
}

TEST(Normalise, JunkNeverBecomesAnEntity) {
  HashIndex lexicon;
  lexicon.reserve(1);
  WordInfo info;
  info.cap_bucket = 1;  // news writes it in lower case
  lexicon.insert(lexicon_key("nonetheless"), info.pack());
  const auto entities = normalise(
      "",
      {mention(EntityType::kMisc, "The"), mention(EntityType::kMisc, "Monday"),
       mention(EntityType::kPerson, "He"), mention(EntityType::kOrganisation, "the group"),
       mention(EntityType::kPerson, "Nonetheless"), mention(EntityType::kPerson, "President"),
       mention(EntityType::kPlace, "US")},
      &lexicon);
  ASSERT_EQ(entities.size(), 1U);
  EXPECT_EQ(entities[0].key, "united states");
}

TEST(Normalise, OneEntityPerKeyWithTheMajorityType) {
  const auto entities = normalise(
      "", {mention(EntityType::kPlace, "U.S."), mention(EntityType::kPlace, "US"),
           mention(EntityType::kOrganisation, "U.S."), mention(EntityType::kPlace, "U.S.")});
  ASSERT_EQ(entities.size(), 1U);
  EXPECT_EQ(entities[0].type, EntityType::kPlace);
  EXPECT_EQ(entities[0].display, "U.S.");
}

TEST(Normalise, AliasesOfOneCountryAreOneEntityShownAsWrittenMostOften) {
  const auto entities = normalise(
      "", {mention(EntityType::kPlace, "United States"), mention(EntityType::kPlace, "U.S."),
           mention(EntityType::kPlace, "USA"), mention(EntityType::kPlace, "U.S."),
           mention(EntityType::kPlace, "Britain"), mention(EntityType::kPlace, "UK")});
  ASSERT_EQ(entities.size(), 2U);
  EXPECT_EQ(entities[0].key, "united states");
  EXPECT_EQ(entities[0].display, "U.S.");
  EXPECT_EQ(entities[1].key, "united kingdom");
}

TEST(Normalise, ANameThatOwnsItsApostropheSKeepsIt) {
  // The tagger ends the name before "'s"; the text after it is what tells.
  const std::string text = "Standard & Poor's cut Google's rating; Moody’s agreed.";
  const auto entities = normalise(text, {{EntityType::kOrganisation, 0, 15, "Standard & Poor"},
                                         {EntityType::kOrganisation, 22, 28, "Google"},
                                         {EntityType::kOrganisation, 39, 44, "Moody"}});
  ASSERT_NE(find(entities, "Standard & Poor's"), nullptr);
  EXPECT_EQ(find(entities, "Standard & Poor's")->key, "standard poors");
  ASSERT_NE(find(entities, "Moody’s"), nullptr);
  ASSERT_NE(find(entities, "Google"), nullptr);
  EXPECT_EQ(find(entities, "Google's"), nullptr);
  // Inside the mention too ("Standard & Poor's" as one span).
  const auto whole = normalise("", {mention(EntityType::kOrganisation, "Standard & Poor's")});
  ASSERT_EQ(whole.size(), 1U);
  EXPECT_EQ(whole[0].display, "Standard & Poor's");
}

TEST(Normalise, AnArticleThatWritesANameInCapitalsAndOtherwiseShowsTheOtherForm) {
  const auto entities = normalise(
      "", {mention(EntityType::kPlace, "WASHINGTON"), mention(EntityType::kPlace, "WASHINGTON"),
           mention(EntityType::kPlace, "Washington")});
  ASSERT_EQ(entities.size(), 1U);
  EXPECT_EQ(entities[0].display, "Washington");
}

// "Goldman Sachs Group Inc ... Goldman said": the first word of the one organisation the article
// names so is that organisation, whether the tagger called it an organisation or a person.
TEST(Normalise, TheFirstWordOfAnOrganisationNamedInFullIsThatOrganisation) {
  const auto org = EntityType::kOrganisation;
  const auto keys = [](const std::vector<Entity>& entities) {
    std::vector<std::string> out;
    for (const Entity& e : entities) out.push_back(e.key);
    std::sort(out.begin(), out.end());
    return out;
  };
  using Keys = std::vector<std::string>;
  EXPECT_EQ(keys(normalise("", {mention(org, "Goldman Sachs Group Inc"), mention(org, "Goldman"),
                                mention(EntityType::kPerson, "Goldman")})),
            Keys{"goldman sachs"});
  // Two organisations start with the word: which one it means is not known.
  EXPECT_EQ(keys(normalise("", {mention(org, "Deutsche Bank"), mention(org, "Deutsche Boerse"),
                                mention(org, "Deutsche")})),
            (Keys{"deutsche", "deutsche bank", "deutsche boerse"}));
  // A place is named whole: "Washington" beside "Washington Mutual" is the state.
  EXPECT_EQ(keys(normalise("", {mention(org, "Washington Mutual"),
                                mention(EntityType::kPlace, "Washington")})),
            (Keys{"washington", "washington mutual"}));
  // The Senate is not its banking committee.
  EXPECT_EQ(keys(normalise("", {mention(org, "Senate Banking Committee"), mention(org, "Senate")})),
            (Keys{"senate", "senate banking committee"}));
  // Letters name the whole organisation, not one of its bodies or subsidiaries.
  EXPECT_EQ(keys(normalise("", {mention(org, "OPEC Fund"), mention(org, "OPEC")})),
            (Keys{"opec", "opec fund"}));
  // A word the company lists hold whole names a company of its own: Barclays is not Barclays
  // Capital.
  const HashIndex companies = build_gazetteer_index({{GazetteerList::kCompanyShort, "Barclays"}});
  NormaliseOptions with_companies;
  with_companies.gazetteer = &companies;
  const std::vector<Mention> barclays = {mention(org, "Barclays Capital"),
                                         mention(org, "Barclays")};
  EXPECT_EQ(keys(normalise("", barclays, nullptr, with_companies)),
            (Keys{"barclays", "barclays capital"}));
  EXPECT_EQ(keys(normalise("", barclays)), Keys{"barclays capital"});
}

TEST(Normalise, CompanyFormsAreOneEntityAcrossTheArticle) {
  const auto entities = normalise("", {mention(EntityType::kOrganisation, "Intel Corp"),
                                       mention(EntityType::kOrganisation, "Intel"),
                                       mention(EntityType::kOrganisation, "Intel")});
  ASSERT_EQ(entities.size(), 1U);
  EXPECT_EQ(entities[0].key, "intel");
  EXPECT_EQ(entities[0].display, "Intel");
}

}  // namespace
}  // namespace newsarchive::ner
