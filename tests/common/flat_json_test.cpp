#include "newsarchive/text/flat_json.h"

#include <gtest/gtest.h>

#include "newsarchive/common/article.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::stored {
namespace {

TEST(FlatJson, ReadsStringsListsAndEveryEscape) {
  const auto o = read_flat_json_object(
      R"( {"a": "x\"y\\z\/\b\f\n\r\t", "b" : ["one", "t\u00e9", "\ud83d\ude00"], "c":[]} )");
  ASSERT_TRUE(o);
  ASSERT_EQ(o->size(), 3u);
  EXPECT_EQ((*o)[0].first, "a");
  EXPECT_EQ((*o)[0].second.text, "x\"y\\z/\b\f\n\r\t");
  ASSERT_TRUE((*o)[1].second.is_list);
  EXPECT_EQ((*o)[1].second.items,
            (std::vector<std::string>{"one", "t\xC3\xA9", "\xF0\x9F\x98\x80"}));
  EXPECT_TRUE((*o)[2].second.is_list);
  EXPECT_TRUE((*o)[2].second.items.empty());
  EXPECT_TRUE(read_flat_json_object("{}"));
}

TEST(FlatJson, RefusesWhatItDoesNotKnowSoTheCallerCanFallBack) {
  for (const char* bad : {R"({"a": 1})", R"({"a": {"b": "c"}})", R"({"a": ["b", 2]})",
                          R"({"a": "unterminated)", R"({"a": "\x"})", R"({"a": "\ud83d"})",
                          R"({"a": "\ude00"})", R"({"a": "b"} trailing)", R"(["a"])", ""})
    EXPECT_FALSE(read_flat_json_object(bad)) << bad;
}

// The fast path must give exactly what nlohmann::json gave, on text a real article can hold.
TEST(FlatJson, StoredRecordsSurviveTheRoundTrip) {
  Article a;
  a.id = "id \"quoted\"";
  a.title = "Caf\xC3\xA9 \xE2\x80\x9Cquotes\xE2\x80\x9D \\ back\\slash";
  a.body = std::string("line one\nline two\ttab \x01 control, emoji \xF0\x9F\x98\x80 end");
  a.url = "https://example.org/a?b=c&d=e";
  a.source = "Source";
  a.language = "en";
  a.origin = "file.jsonl:3";
  a.authors = {"A. Writer", "B \"Nick\" Writer"};
  const auto s = decode_data(encode_data(a));
  EXPECT_EQ(s.id, a.id);
  EXPECT_EQ(s.title, a.title);
  EXPECT_EQ(s.body, a.body);
  EXPECT_EQ(s.url, a.url);
  EXPECT_EQ(s.source, a.source);
  EXPECT_EQ(s.language, a.language);
  EXPECT_EQ(s.origin, a.origin);
  EXPECT_EQ(s.authors, a.authors);
}

TEST(FlatJson, OtherShapesStillDecodeThroughTheFullParser) {
  const auto s = decode_data(R"({"id": "x", "title": "T", "extra": {"n": 1}, "body": "B"})");
  EXPECT_EQ(s.id, "x");
  EXPECT_EQ(s.title, "T");
  EXPECT_EQ(s.body, "B");
  EXPECT_TRUE(decode_data("not json").id.empty());
}

}  // namespace
}  // namespace newsarchive::stored
