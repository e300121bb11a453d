#include "latest_copies.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(LatestCopies, AnEarlierCopyArrivingAfterALaterOneIsDropped) {
  LatestCopies latest(16);
  EXPECT_TRUE(latest.admit("a", 5));
  EXPECT_FALSE(latest.admit("a", 2));  // read before copy 5, which is written already
  EXPECT_TRUE(latest.admit("a", 9));   // read after it: replaces it
  EXPECT_FALSE(latest.admit("a", 7));
  EXPECT_TRUE(latest.admit("b", 1));  // another article is not affected
}

TEST(LatestCopies, OnlyTheMostRecentIdsAreRemembered) {
  LatestCopies latest(2);
  EXPECT_TRUE(latest.admit("a", 10));
  EXPECT_TRUE(latest.admit("b", 11));
  EXPECT_TRUE(latest.admit("c", 12));  // "a" is forgotten
  EXPECT_TRUE(latest.admit("a", 3));
  EXPECT_FALSE(latest.admit("c", 4));  // still remembered
}

}  // namespace
}  // namespace newsarchive::indexer
