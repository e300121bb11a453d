#include "newsarchive/ner/tokenizer.h"

#include <gtest/gtest.h>

namespace newsarchive::ner {
namespace {

std::vector<std::string> texts(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Token& token : t.tokens) out.push_back(token.text);
  return out;
}

TEST(Tokenizer, SplitsPunctuationAndPossessivesLikeConll) {
  const auto t = tokenize("Iran’s leader met Hamas’ chief, who wouldn’t talk.");
  EXPECT_EQ(texts(t), (std::vector<std::string>{"Iran", "'s", "leader", "met", "Hamas", "'",
                                                "chief", ",", "who", "would", "n't", "talk", "."}));
}

TEST(Tokenizer, KeepsAbbreviationsWhole) {
  const auto t = tokenize("U.S. forces on Oct. 7 met Mr. Smith in the U.K.");
  EXPECT_EQ(texts(t), (std::vector<std::string>{"U.S.", "forces", "on", "Oct.", "7", "met", "Mr.",
                                                "Smith", "in", "the", "U.K."}));
}

TEST(Tokenizer, NormalisesCurlyQuotesAndDashes) {
  const auto t = tokenize("“We woke up to a war,” said Iran – a backer of Iran-backed groups");
  EXPECT_EQ(texts(t),
            (std::vector<std::string>{"\"", "We", "woke", "up", "to", "a", "war", ",", "\"", "said",
                                      "Iran", "-", "a", "backer", "of", "Iran-backed", "groups"}));
}

TEST(Tokenizer, ByteSpansPointIntoTheOriginalText) {
  const std::string text = "“Hamas’ assault,” he said — 1,200 killed…";
  const auto t = tokenize(text);
  ASSERT_FALSE(t.tokens.empty());
  EXPECT_EQ(text.substr(t.tokens[0].begin, t.tokens[0].end - t.tokens[0].begin), "“");
  EXPECT_EQ(text.substr(t.tokens[1].begin, t.tokens[1].end - t.tokens[1].begin), "Hamas");
  EXPECT_EQ(text.substr(t.tokens[2].begin, t.tokens[2].end - t.tokens[2].begin), "’");
  bool saw_number = false;
  for (const Token& token : t.tokens) {
    EXPECT_LT(token.begin, token.end);
    EXPECT_LE(token.end, text.size());
    if (token.text == "1,200") saw_number = true;
  }
  EXPECT_TRUE(saw_number);
  EXPECT_EQ(t.tokens.back().text, "...");
}

TEST(Tokenizer, SplitsSentencesAtFullStopsAndLineBreaks) {
  const auto t = tokenize("He left. She came to the U.S. embassy.\nNew line here");
  ASSERT_EQ(t.sentences.size(), 3U);
  EXPECT_EQ(t.tokens[t.sentences[0].first].text, "He");
  EXPECT_EQ(t.tokens[t.sentences[1].first].text, "She");
  EXPECT_EQ(t.tokens[t.sentences[2].first].text, "New");
  EXPECT_EQ(t.sentences.back().last, t.tokens.size());
}

TEST(Tokenizer, WrappedLinesNeedNotEndSentences) {
  const auto t = tokenize("The central\nbank said.", /*newline_ends_sentence=*/false);
  EXPECT_EQ(t.sentences.size(), 1U);
}

TEST(Tokenizer, SurvivesInvalidUtf8AndEmptyInput) {
  EXPECT_TRUE(tokenize("").tokens.empty());
  const auto t = tokenize(std::string("abc \xff\xfe def \xe2\x80"));
  EXPECT_EQ(t.tokens.size(), 4U);  // invalid bytes become "?" tokens
}

}  // namespace
}  // namespace newsarchive::ner
