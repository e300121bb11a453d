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
