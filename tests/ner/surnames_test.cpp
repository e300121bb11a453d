// People named by surname alone, resolved across articles to the one person the archive knows.
#include "newsarchive/ner/surnames.h"

#include <gtest/gtest.h>

namespace newsarchive::ner {
namespace {

KnownNames names_of(const std::vector<KnownName>& list) {
  KnownNames names;
  for (const KnownName& n : list) names.add(n);
  return names;
}

constexpr auto kPer = EntityType::kPerson;

TEST(Surnames, ASurnameIsTheLastWordOrTheOneBeforeAGenerationalSuffix) {
  EXPECT_EQ(surname_of("ben bernanke"), "bernanke");
  EXPECT_EQ(surname_of("george w bush"), "bush");
  EXPECT_EQ(surname_of("bill ford jr"), "ford");
  EXPECT_EQ(surname_of("madonna"), "");
  EXPECT_EQ(surname_of("john f"), "");  // an initial is no surname
  EXPECT_EQ(surname_of("jr"), "");
}

TEST(Surnames, OnlyAPersonHoldingMostOfASurnamesArticlesIsChosen) {
  const KnownNames list = names_of({
      {"henry paulson", kPer, 1117},
      {"john paulson", kPer, 229},  // 83 % Henry
      {"gordon brown", kPer, 382},
      {"nick brown", kPer, 255},  // nobody in particular
      {"janet yellen", kPer, 9},  // too few articles
      {"ben bernanke", kPer, 3298},
  });
  const Surnames surnames = Surnames::build({&list});
  EXPECT_EQ(surnames.person("paulson"), "henry paulson");
  EXPECT_EQ(surnames.person("bernanke"), "ben bernanke");
  EXPECT_FALSE(surnames.person("brown"));
  EXPECT_FALSE(surnames.person("yellen"));
  EXPECT_FALSE(surnames.person("henry"));  // a first name is not a surname

  SurnameOptions strict;
  strict.min_share = 0.9;
  EXPECT_FALSE(Surnames::build({&list}, strict).person("paulson"));
}

TEST(Surnames, TheFirstSourceThatKnowsASurnameDecidesIt) {
  const KnownNames archive_of_1987 = names_of({{"george bush", kPer, 40}});
  const KnownNames list = names_of({{"george w bush", kPer, 1334}, {"ben bernanke", kPer, 3298}});
  const Surnames surnames = Surnames::build({&archive_of_1987, &list});
  EXPECT_EQ(surnames.person("bush"), "george bush");
  EXPECT_EQ(surnames.person("bernanke"), "ben bernanke");  // the archive knows no Bernanke
  EXPECT_EQ(Surnames::build({&list, &archive_of_1987}).person("bush"), "george w bush");
}

// A list built from the news of 1987 and of 2006-2013 knows both Bushes: an article's year
// says which one its "Bush" is, and an article long after the list's news gets neither.
TEST(Surnames, TheArticlesYearChoosesAmongTheSurnamesPeople) {
  const KnownNames list = names_of({{"george w bush", kPer, 1334, 2006, 2013},
                                    {"george bush", kPer, 47, 1987, 1987},
                                    {"donald regan", kPer, 16, 1987, 1987},
                                    {"james regan", kPer, 442, 2006, 2013},
                                    {"ben bernanke", kPer, 3298, 2006, 2013},
                                    {"janet yellen", kPer, 30}});  // years unknown: every era
  const Surnames surnames = Surnames::build({&list});
  EXPECT_EQ(surnames.person("bush", 1987), "george bush");
  EXPECT_EQ(surnames.person("bush", 1990), "george bush");  // within three years
  EXPECT_EQ(surnames.person("bush", 2008), "george w bush");
  EXPECT_EQ(surnames.person("regan", 1987), "donald regan");
  EXPECT_EQ(surnames.person("regan", 2010), "james regan");
  EXPECT_FALSE(surnames.person("bush", 1998));  // nobody the list knows of the time
  EXPECT_FALSE(surnames.person("bernanke", 1987));
  EXPECT_FALSE(surnames.person("bernanke", 2024));
  EXPECT_EQ(surnames.person("bernanke", 2016), "ben bernanke");
  EXPECT_EQ(surnames.person("yellen", 1987), "janet yellen");
  EXPECT_EQ(surnames.person("bush"), "george w bush");  // undated: all the list's news

  std::vector<Entity> of_1987 = {{kPer, "bush", "Bush"}, {kPer, "bernanke", "Bernanke"}};
  resolve_surnames(of_1987, surnames, 1987);
  EXPECT_EQ(of_1987[0].key, "george bush");
  EXPECT_EQ(of_1987[1].key, "bernanke");
}

TEST(Surnames, ASurnameKnownAsAPlaceOrOrganisationIsNeverResolved) {
  const KnownNames list = names_of({{"george washington", kPer, 50},
                                    {"washington", EntityType::kPlace, 9000},
                                    {"robert lehman", kPer, 30},
                                    {"martin luther king jr", kPer, 40},
                                    {"bill ford jr", kPer, 32}});
  const KnownNames archive = names_of({{"lehman", EntityType::kOrganisation, 12}});
  const Surnames surnames = Surnames::build({&archive, &list});
  EXPECT_FALSE(surnames.person("washington"));
  EXPECT_FALSE(surnames.person("lehman"));
  EXPECT_EQ(Surnames::build({&list}).person("lehman"), "robert lehman");
  EXPECT_EQ(surnames.person("king"), "martin luther king jr");
  // "Ford" is an alias of Ford Motor: the word names the company, whoever else it names.
  EXPECT_FALSE(surnames.person("ford"));
}

TEST(Surnames, ResolvingKeepsTheDisplayAndDropsADuplicate) {
  const KnownNames list = names_of({{"ben bernanke", kPer, 3298}, {"henry paulson", kPer, 1117}});
  const Surnames surnames = Surnames::build({&list});
  std::vector<Entity> entities = {{kPer, "bernanke", "Bernanke"},
                                  {EntityType::kOrganisation, "paulson", "Paulson"},
                                  {EntityType::kOrganisation, "federal reserve", "Fed"}};
  resolve_surnames(entities, surnames);
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0].key, "ben bernanke");
  EXPECT_EQ(entities[0].display, "Bernanke");
  EXPECT_EQ(entities[1].key, "paulson");  // not a person here: left alone

  std::vector<Entity> twice = {{kPer, "ben bernanke", "Ben Bernanke"},
                               {kPer, "bernanke", "BERNANKE"},
                               {kPer, "paulson", "Paulson"}};
  resolve_surnames(twice, surnames);
  ASSERT_EQ(twice.size(), 2u);
  EXPECT_EQ(twice[0].display, "Ben Bernanke");
  EXPECT_EQ(twice[1].key, "henry paulson");
}

}  // namespace
}  // namespace newsarchive::ner
