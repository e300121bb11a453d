// Keys across the archive (company forms, company aliases) and the facet label rule.
#include <gtest/gtest.h>

#include "newsarchive/text/entity_key.h"

namespace newsarchive {
namespace {

TEST(EntityKeyAcrossArchive, CompanyFormsAreNotPartOfTheKey) {
  EXPECT_EQ(entity_key("Nestlé SA"), entity_key("Nestle"));
  EXPECT_EQ(entity_key("Nestle"), "nestle");
  EXPECT_EQ(entity_key("Intel Corp."), "intel");
  EXPECT_EQ(entity_key("The Goldman Sachs Group Inc."), "goldman sachs");
  EXPECT_EQ(entity_key("Siemens AG"), "siemens");
  EXPECT_EQ(entity_key("Royal Philips Electronics NV"), "royal philips electronics");
  EXPECT_EQ(entity_key("HSBC Holdings Plc"), "hsbc");
  // A form alone is a name, and a form inside a name stays.
  EXPECT_EQ(entity_key("Group"), "group");
  EXPECT_EQ(entity_key("Corp Bank of Kenya"), "corp bank of kenya");
}

TEST(EntityKeyAcrossArchive, AcronymsAndFullNamesAreOneKey) {
  EXPECT_EQ(entity_key("IBM"), entity_key("International Business Machines Corp"));
  EXPECT_EQ(entity_key("GM"), entity_key("General Motors Corp."));
  EXPECT_EQ(entity_key("S&P"), entity_key("Standard & Poor's"));
  EXPECT_EQ(entity_key("Standard & Poor"), entity_key("Standard & Poor's"));
  EXPECT_EQ(entity_key("Treasury"), entity_key("U.S. Treasury"));
  for (const char* us : {"U.S.", "US", "United States", "the United States of America"})
    EXPECT_EQ(entity_key(us), "united states") << us;
  // Idempotent, as the searcher folds an already folded key again.
  for (const char* name : {"IBM", "Nestlé SA", "Standard & Poor's", "the United States"})
    EXPECT_EQ(entity_key(entity_key(name)), entity_key(name)) << name;
}

TEST(EntityKeyAcrossArchive, EveryCanonicalKeyIsItsOwnNameKey) {
  // Otherwise a canonical key would fold to something else when typed as a filter.
  for (const auto& [variant, canonical] : entity_aliases()) {
    EXPECT_EQ(name_key(canonical), canonical) << canonical;
    EXPECT_EQ(entity_key(variant), canonical) << variant;
  }
}

TEST(EntityLabel, ShoutingIsCapitalsBeyondAnAcronym) {
  EXPECT_TRUE(is_shouted("WASHINGTON"));
  EXPECT_TRUE(is_shouted("NEW YORK"));
  EXPECT_TRUE(is_shouted("DEAN FOODS"));
  EXPECT_FALSE(is_shouted("IBM"));
  EXPECT_FALSE(is_shouted("OPEC"));
  EXPECT_FALSE(is_shouted("U.S."));
  EXPECT_FALSE(is_shouted("S&P"));
  EXPECT_FALSE(is_shouted("Washington"));
  EXPECT_FALSE(is_shouted("McDONALD"));
}

LabelCandidate candidate(std::string_view display, std::uint64_t count) {
  return label_candidate(entity_key(display), display, count);
}

TEST(EntityLabel, AWellCasedFormBeatsAMoreCommonShoutedOne) {
  EXPECT_TRUE(better_label(candidate("Washington", 3), candidate("WASHINGTON", 300)));
  EXPECT_FALSE(better_label(candidate("WASHINGTON", 300), candidate("Washington", 3)));
}

TEST(EntityLabel, AFullFormBeatsAMoreCommonAlias) {
  EXPECT_TRUE(better_label(candidate("United States", 2), candidate("U.S.", 50)));
  EXPECT_TRUE(better_label(candidate("International Business Machines", 1), candidate("IBM", 9)));
}

TEST(EntityLabel, AmongFullFormsTheMostCommonThenTheLongerThenByteOrder) {
  EXPECT_TRUE(better_label(candidate("Nestle", 5), candidate("Nestlé SA", 2)));
  EXPECT_TRUE(better_label(candidate("Nestlé SA", 2), candidate("Nestle", 2)));
  EXPECT_TRUE(better_label(candidate("Ab", 1), candidate("Ac", 1)));
  EXPECT_FALSE(better_label(candidate("Ac", 1), candidate("Ab", 1)));
  EXPECT_FALSE(better_label(candidate("Ab", 1), candidate("Ab", 1)));
}

}  // namespace
}  // namespace newsarchive
