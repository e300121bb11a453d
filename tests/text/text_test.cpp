#include "newsarchive/text/text.h"

#include <gtest/gtest.h>

namespace newsarchive::text {
namespace {

TEST(Utf8, ValidTextIsUnchanged) {
  std::size_t fixed = 99;
  EXPECT_EQ(to_valid_utf8("Iran’s – “quoted” café", &fixed), "Iran’s – “quoted” café");
  EXPECT_EQ(fixed, 0u);
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  std::size_t fixed = 0;
  // Latin-1 "café", a truncated sequence, an overlong '/', and a UTF-16 surrogate.
  EXPECT_EQ(to_valid_utf8("caf\xE9 x\xE2\x80 \xC0\xAF \xED\xA0\x80", &fixed),
            "caf\uFFFD x\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(fixed, 8u);
}

TEST(Text, TrimAndCollapse) {
  EXPECT_EQ(trim("  a b \n"), "a b");
  EXPECT_EQ(collapse_space(" a \n\t b  c "), "a b c");
  EXPECT_EQ(to_lower_ascii("The BBC"), "the bbc");
}

TEST(FirstSentence, StopsAtTheFirstSentenceEnd) {
  EXPECT_EQ(first_sentence("Rates held. The bank said more."), "Rates held");
  EXPECT_EQ(first_sentence("U.S. forces moved. Then more."), "U.S. forces moved");
  EXPECT_EQ(first_sentence("Is it over? Nobody knows."), "Is it over?");
}

TEST(FirstSentence, LongSentencesAreCutAtAWord) {
  const std::string s =
      "Iran’s supreme leader Ayatollah Ali Khamenei delivered a clear message to the head of "
      "Hamas Ismail Haniyeh when they met in Tehran in early November, according to officials.";
  const auto t = first_sentence(s, 60);
  EXPECT_LE(t.size(), 60u + 3u);
  EXPECT_TRUE(t.ends_with("…"));
  EXPECT_EQ(t.find("Haniyeh"), std::string::npos);
  EXPECT_NE(t.substr(t.size() - 4, 1), " ");  // cut at a word, not after a space
  EXPECT_TRUE(t.starts_with("Iran’s supreme leader"));
}

TEST(Hash, StableAcrossRuns) {
  EXPECT_EQ(hex64(fnv1a64("")), "cbf29ce484222325");
  EXPECT_EQ(hex64(fnv1a64("a")), "af63dc4c8601ec8c");
  EXPECT_NE(fnv1a64("ab"), fnv1a64("ba"));
}

}  // namespace
}  // namespace newsarchive::text
