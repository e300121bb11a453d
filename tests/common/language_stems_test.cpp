#include "newsarchive/common/language_stems.h"

#include <gtest/gtest.h>

#include "newsarchive/common/schema.h"

namespace newsarchive {
namespace {

TEST(Elision, FrenchItalianAndCatalanArticlesAreDropped) {
  EXPECT_EQ(without_elision("fr", "l'élection"), "élection");
  EXPECT_EQ(without_elision("fr", "qu'il"), "il");
  EXPECT_EQ(without_elision("fr", "jusqu'au"), "au");
  EXPECT_EQ(without_elision("it", "dell'unione"), "unione");
  EXPECT_EQ(without_elision("it", "un'altra"), "altra");
  EXPECT_EQ(without_elision("ca", "l'ajuntament"), "ajuntament");
}

TEST(Elision, OtherApostrophesAndLanguagesAreKept) {
  EXPECT_EQ(without_elision("fr", "aujourd'hui"), "aujourd'hui");
  EXPECT_EQ(without_elision("fr", "l'"), "l'");
  EXPECT_EQ(without_elision("en", "l'election"), "l'election");
  EXPECT_EQ(without_elision("en", "o'neill"), "o'neill");
}

TEST(LanguageStemmer, OtherLanguagesStemsAreMarked) {
  auto french = language_stemmer("fr", "en");
  EXPECT_EQ(french("l'élection"), "fr:élect");
  EXPECT_EQ(french("élections"), "fr:élect");
  EXPECT_EQ(language_stemmer("de", "en")("regierungen"), "de:regier");
  EXPECT_EQ(schema::stem_language_mark("ru", "en"), "ru:");
}

TEST(LanguageStemmer, TheDefaultLanguagesStemsAreBare) {
  EXPECT_EQ(language_stemmer("en", "en")("elections"), Xapian::Stem("english")("elections"));
  EXPECT_EQ(language_stemmer("en", "en").get_description(),
            Xapian::Stem("english").get_description());
  // A French archive's French stems are bare, and still lose their elision.
  EXPECT_EQ(language_stemmer("fr", "fr")("l'élection"), "élect");
  EXPECT_EQ(language_stemmer("en", "fr")("elections"), "en:elect");
}

TEST(LanguageStemmer, OnlyGermanStemsCapitalisedQueryWords) {
  EXPECT_TRUE(stems_capitalised_words("de"));
  EXPECT_FALSE(stems_capitalised_words("en"));
  EXPECT_FALSE(stems_capitalised_words("fr"));
}

}  // namespace
}  // namespace newsarchive
