#include "newsarchive/text/utf8.h"

#include <gtest/gtest.h>

#include <string>

#include "newsarchive/text/text.h"

namespace newsarchive::text {
namespace {

TEST(Utf8Test, DecodesEachLengthOfSequence) {
  std::size_t length = 0;
  EXPECT_EQ(decode_utf8("a", 0, length), U'a');
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(decode_utf8("\xC3\xA9", 0, length), U'\u00E9');  // é
  EXPECT_EQ(length, 2u);
  EXPECT_EQ(decode_utf8("\xE2\x80\x94", 0, length), U'\u2014');  // em dash
  EXPECT_EQ(length, 3u);
  EXPECT_EQ(decode_utf8("\xF0\x9F\x93\xB0", 0, length), U'\U0001F4F0');  // newspaper
  EXPECT_EQ(length, 4u);
}

TEST(Utf8Test, BrokenInputDecodesAsOneReplacementByteAtATime) {
  std::size_t length = 0;
  EXPECT_EQ(decode_utf8("\x80x", 0, length), 0xFFFDu);  // stray continuation byte
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(decode_utf8("\xF8\x80\x80\x80\x80", 0, length), 0xFFFDu);  // no such lead byte
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(decode_utf8("\xE2\x80", 0, length), 0xFFFDu);  // cut short
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(decode_utf8("\xC3x", 0, length), 0xFFFDu);  // bad continuation
  EXPECT_EQ(length, 1u);
}

TEST(Utf8Test, SequenceLengthNeverStallsOnAStrayByte) {
  EXPECT_EQ(utf8_sequence_length('a'), 1u);
  EXPECT_EQ(utf8_sequence_length(0x80), 1u);
  EXPECT_EQ(utf8_sequence_length(0xC3), 2u);
  EXPECT_EQ(utf8_sequence_length(0xE2), 3u);
  EXPECT_EQ(utf8_sequence_length(0xF0), 4u);
  EXPECT_TRUE(is_utf8_continuation(0xA9));
  EXPECT_FALSE(is_utf8_continuation(0xC3));
}

TEST(Utf8Test, AppendIsTheInverseOfDecode) {
  for (const char32_t c : {U'a', U'\u00E9', U'\u2014', U'\U0001F4F0'}) {
    std::string s;
    append_utf8(s, c);
    std::size_t length = 0;
    EXPECT_EQ(decode_utf8(s, 0, length), c);
    EXPECT_EQ(length, s.size());
  }
}

TEST(Utf8Test, Latin1BytesBecomeTheirCodePoints) {
  EXPECT_EQ(latin1_to_utf8("caf\xE9 \xA3"
                           "5"),
            "caf\xC3\xA9 \xC2\xA3"
            "5");
  EXPECT_EQ(latin1_to_utf8("plain"), "plain");
}

// The recogniser's model keys hash features at compile time with the same FNV-1a.
static_assert(fnv1a64("") == kFnv1a64OffsetBasis);
static_assert(fnv1a64("a") == 0xaf63dc4c8601ec8cull);

}  // namespace
}  // namespace newsarchive::text
