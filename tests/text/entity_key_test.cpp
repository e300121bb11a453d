#include "newsarchive/text/entity_key.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace newsarchive {
namespace {

TEST(EntityAliases, CountryVariantsMeetInOneKey) {
  for (const char* name : {"U.S.", "US", "USA", "U.S.A.", "United States", "united states",
                           "United States of America", "U. S."})
    EXPECT_EQ(entity_key(name), "united states") << name;
  for (const char* name : {"UK", "U.K.", "Britain", "Great Britain", "United Kingdom"})
    EXPECT_EQ(entity_key(name), "united kingdom") << name;
  EXPECT_EQ(entity_key("USSR"), "soviet union");
  EXPECT_EQ(entity_key("W. Germany"), "west germany");
  EXPECT_EQ(entity_key("West-Germany"), "west germany");
  EXPECT_EQ(entity_key("Côte d'Ivoire"), "ivory coast");
}

TEST(EntityAliases, AgencyAcronymsMeetTheirFullNames) {
  EXPECT_EQ(entity_key("IMF"), entity_key("International Monetary Fund"));
  EXPECT_EQ(entity_key("U.N."), entity_key("United Nations"));
  EXPECT_EQ(entity_key("OPEC"), entity_key("Organization of Petroleum Exporting Countries"));
  EXPECT_EQ(entity_key("OECD"),
            entity_key("Organisation for Economic Co-operation and Development"));
  EXPECT_EQ(entity_key("EEC"), entity_key("European Community"));
  EXPECT_EQ(entity_key("Fed"), entity_key("Federal Reserve Board"));
}

TEST(EntityAliases, OnlyWholeNamesAreAliased) {
  // Words inside longer names keep their folding: "US Airways" is not "United States Airways".
  EXPECT_EQ(entity_key("US Airways"), "us airways");
  EXPECT_EQ(entity_key("UNCTAD"), "unctad");
  EXPECT_EQ(entity_key("Ali Khamenei"), "ali khamenei");
  // fold_name is the alias-free folding the recogniser compares words with.
  EXPECT_EQ(fold_name("U.S."), "us");
  EXPECT_EQ(fold_name("Britain"), "britain");
}

// An article in French, Spanish or German names the places and agencies of English news its own
// way; their keys meet, so known names are found in it and place:Allemagne finds Germany.
TEST(EntityAliases, OtherLanguagesNamesMeetTheEnglishKeys) {
  EXPECT_EQ(entity_key("Allemagne"), "germany");
  EXPECT_EQ(entity_key("Deutschland"), "germany");
  EXPECT_EQ(entity_key("Londres"), "london");
  EXPECT_EQ(entity_key("München"), "munich");
  EXPECT_EQ(entity_key("Großbritannien"), "united kingdom");
  EXPECT_EQ(entity_key("EE.UU."), "united states");
  EXPECT_EQ(entity_key("Etats-Unis"), "united states");
  EXPECT_EQ(entity_key("Union européenne"), "european union");
  EXPECT_EQ(entity_key("Europäische Zentralbank"), "european central bank");
  EXPECT_EQ(entity_key("La Haye"), entity_key("The Hague"));
  // Whole names only, as for English aliases.
  EXPECT_EQ(entity_key("Banque de France"), "banque de france");
}

TEST(EntityAliases, TableIsFoldedUnambiguousAndIdempotent) {
  std::set<std::string_view> seen;
  for (const auto& [variant, canonical] : entity_aliases()) {
    // A variant that folding could never produce would be dead weight.
    EXPECT_EQ(fold_name(variant), variant);
    EXPECT_EQ(fold_name(canonical), canonical);
    // One variant, one entity.
    EXPECT_TRUE(seen.insert(variant).second) << variant << " is listed twice";
    EXPECT_EQ(entity_key(variant), canonical);
    EXPECT_EQ(entity_key(canonical), canonical);
    EXPECT_EQ(entity_key(entity_key(variant)), entity_key(variant));
  }
  EXPECT_GT(seen.size(), 50U);
}

// The acronyms learned from news text (text/data/acronyms.tsv) meet the names they abbreviate,
// after the curated table, and keep every key idempotent.
TEST(EntityAliases, LearnedAcronymsMeetTheirNames) {
  EXPECT_EQ(entity_key("EFSF"), entity_key("European Financial Stability Facility"));
  EXPECT_EQ(entity_key("CFTC"), entity_key("Commodity Futures Trading Commission"));
  EXPECT_EQ(entity_key("FDIC"), entity_key("Federal Deposit Insurance Corp."));
  EXPECT_EQ(entity_key("the EFSF"), "european financial stability facility");
  EXPECT_EQ(entity_key("EFSF bonds"), "efsf bonds");  // whole names only
  std::set<std::string_view> curated;
  for (const auto& [variant, canonical] : entity_aliases()) curated.insert(variant);
  std::set<std::string_view> seen;
  for (const auto& [acronym, name] : learned_acronyms()) {
    EXPECT_EQ(fold_name(acronym), acronym);
    EXPECT_TRUE(seen.insert(acronym).second) << acronym << " is listed twice";
    EXPECT_FALSE(curated.contains(acronym)) << acronym << " is curated already";
    EXPECT_EQ(entity_key(acronym), name);
    EXPECT_EQ(entity_key(name), name);
  }
  EXPECT_GT(seen.size(), 100U);
}

TEST(FoldName, AsciiFastPathAgreesWithIcuOnEveryByte) {
  // A trailing "é" sends the same text through the ICU path, which folds it to "e".
  for (int c = 1; c < 0x80; ++c) {
    const std::string ascii = std::string("Ab") + char(c) + "Cd" + char(c) + char(c) + "9";
    EXPECT_EQ(fold_name(ascii) + "e", fold_name(ascii + "\xC3\xA9")) << "byte " << c;
  }
  const std::string long_name(200, 'x');
  EXPECT_EQ(fold_name(long_name + " y").size(), 120U);
  EXPECT_EQ(fold_name(long_name + " y"), fold_name(long_name + " y\xC3\xA9").substr(0, 120));
}

}  // namespace
}  // namespace newsarchive
