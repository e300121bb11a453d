#include "newsarchive/text/arabic_script.h"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

namespace newsarchive {
namespace {

using Cases = std::initializer_list<std::pair<std::string_view, std::string_view>>;

void expect_normalised(Cases cases) {
  for (const auto& [written, expected] : cases)
    EXPECT_EQ(normalise_arabic_script(written), expected) << written;
}

TEST(ArabicScript, AlefAndYehVariantsMeet) {
  expect_normalised({{"أحمد", "احمد"},
                     {"إسلام", "اسلام"},
                     {"آخر", "اخر"},
                     {"مستشفى", "مستشفي"},  // alef maksura
                     {"ایران", "ايران"}});  // Persian yeh
}

TEST(ArabicScript, TehMarbutaKafTatweelAndVowelMarks) {
  expect_normalised({{"مدينة", "مدينه"},
                     {"کتاب", "كتاب"},       // Persian keheh -> Arabic kaf
                     {"مـــدينة", "مدينه"},  // tatweel
                     {"مَدِينَةٌ", "مدينه"}});   // harakat
}

TEST(ArabicScript, EasternArabicAndPersianDigitsBecomeAscii) {
  expect_normalised({{"١٢ مليون", "12 مليون"}, {"۱۴۰۳", "1403"}});
}

TEST(ArabicScript, OtherTextIsLeftAlone) {
  expect_normalised({{"Café 2024 — 北京", "Café 2024 — 北京"}, {"שלום", "שלום"}, {"", ""}});
}

}  // namespace
}  // namespace newsarchive
