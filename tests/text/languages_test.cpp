#include "newsarchive/text/languages.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(Languages, CodesAndNamesMeet) {
  EXPECT_EQ(language_code("en"), "en");
  EXPECT_EQ(language_code("English"), "en");
  EXPECT_EQ(language_code("fr-CA"), "fr");
  EXPECT_EQ(language_code("nb"), "no");
  EXPECT_FALSE(language_code("klingon"));
  EXPECT_EQ(snowball_name("de"), "german");
  EXPECT_NE(supported_languages().find("es (spanish)"), std::string::npos);
}

TEST(Languages, MalayIsStemmedAsIndonesian) {
  EXPECT_EQ(language_code("ms"), "ms");
  EXPECT_EQ(snowball_name("ms"), "indonesian");
  EXPECT_EQ(language_code("indonesian"), "id");  // the name is still Indonesian's
}

TEST(Languages, CroatianAndBosnianAreStemmedAsSerbian) {
  EXPECT_EQ(language_code("hr"), "hr");
  EXPECT_EQ(language_code("bs-Latn"), "bs");
  EXPECT_EQ(snowball_name("hr"), "serbian");
  EXPECT_EQ(snowball_name("bs"), "serbian");
  EXPECT_EQ(language_code("serbian"), "sr");  // the name is still Serbian's
  EXPECT_EQ(language_code("Hindi"), "hi");
}

TEST(Languages, AStatedLanguageKeepsItsCodeEvenWithoutAStemmer) {
  EXPECT_EQ(stated_language("English"), "en");
  EXPECT_EQ(stated_language("zh-Hant"), "zh");
  EXPECT_EQ(stated_language(" YUE "), "yue");
  EXPECT_EQ(stated_language(""), "");
  EXPECT_EQ(stated_language("not a language"), "");
  EXPECT_EQ(stated_language("x"), "");
}

}  // namespace
}  // namespace newsarchive
