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

}  // namespace
}  // namespace newsarchive
