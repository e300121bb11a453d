#include "newsarchive/common/article_id.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

Article make(std::string id, std::string url, std::string title, std::string body) {
  Article a;
  a.id = std::move(id);
  a.url = std::move(url);
  a.title = std::move(title);
  a.body = std::move(body);
  return a;
}

TEST(ArticleId, OwnIdThenUrlThenContentHash) {
  EXPECT_EQ(derive_article_id(make(" r-1 ", "http://x/1", "T", "B")), "r-1");
  EXPECT_EQ(derive_article_id(make("", "http://x/1", "T", "B")), "http://x/1");
  const auto hashed = derive_article_id(make("", "", "Title", "Body text"));
  EXPECT_EQ(hashed.size(), 33u);
  EXPECT_EQ(hashed.front(), 'h');
}

TEST(ArticleId, ContentHashIsStableAndIgnoresSpacing) {
  EXPECT_EQ(derive_article_id(make("", "", "Title", "Body  text\n")),
            derive_article_id(make("", "", "Title", "Body text")));
  EXPECT_NE(derive_article_id(make("", "", "Title", "Body text")),
            derive_article_id(make("", "", "Title", "Other text")));
}

// One text published by two sources (a wire story and a paper's verbatim copy), or by one
// source on two days, is two articles; the same article read again keeps its id.
TEST(ArticleId, ContentHashIncludesSourceAndPublicationTime) {
  Article wire = make("", "", "Harbour reopens", "The harbour reopened on Monday.");
  wire.source = "Coast Wire";
  wire.published = Timestamp{std::chrono::sys_days{std::chrono::year{2024} / 5 / 6}};
  Article copy = wire;
  copy.source = "Portmere Gazette";
  EXPECT_NE(derive_article_id(copy), derive_article_id(wire));
  Article rerun = wire;
  *rerun.published += std::chrono::hours(24);
  EXPECT_NE(derive_article_id(rerun), derive_article_id(wire));
  Article undated = wire;
  undated.published.reset();
  EXPECT_NE(derive_article_id(undated), derive_article_id(wire));
  Article again = wire;
  again.source = " Coast  Wire ";
  again.origin = "elsewhere.txt";
  EXPECT_EQ(derive_article_id(again), derive_article_id(wire));
}

TEST(ArticleId, OverlongIdsAreHashedToFitAXapianTerm) {
  const auto id = derive_article_id(make(std::string(500, 'x'), "", "T", "B"));
  EXPECT_LT(id.size(), 64u);
  EXPECT_EQ(id, derive_article_id(make(std::string(500, 'x'), "", "T2", "B2")));
}

TEST(Fingerprint, ChangesWithContentNotWithOrigin) {
  Article a = make("1", "", "T", "B");
  const auto f = content_fingerprint(a);
  a.origin = "elsewhere.txt:9";
  EXPECT_EQ(content_fingerprint(a), f);
  a.body = "B edited";
  EXPECT_NE(content_fingerprint(a), f);
}

}  // namespace
}  // namespace newsarchive
