#include "newsarchive/indexer/enrichers/dateline.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

using Places = std::vector<std::string>;

TEST(Dateline, ThePlaceOfFilingAndTheCreditAreFoundBeforeTheStory) {
  const std::string body = "WASHINGTON (Reuters) - Federal Reserve Chairman Ben Bernanke said";
  const Dateline d = find_dateline(body, "Reuters");
  EXPECT_EQ(d.places, Places{"Washington"});
  EXPECT_EQ(body.substr(d.story_start), " Federal Reserve Chairman Ben Bernanke said");
}

TEST(Dateline, NotesBylinesDatesAndSeveralPlacesAreReadPast) {
  const std::string body =
      "(Adds analyst comment) \n\n  By  Douglas Busvine  and Natalia Reiter NEW YORK/LONDON  Jan "
      "8 (Reuters) - Shares rose.";
  const Dateline d = find_dateline(body, "Reuters");
  EXPECT_EQ(d.places, (Places{"New York", "London"}));
  EXPECT_EQ(body.substr(d.story_start), " Shares rose.");
  EXPECT_EQ(find_dateline("ST. LOUIS, March 3 (Reuters Life!) - Text", "Reuters").places,
            Places{"St. Louis"});
}

TEST(Dateline, OnlyTheArticlesOwnSourceMakesACredit) {
  EXPECT_EQ(find_dateline("PARIS (AFP) - Text", "Reuters").story_start, 0u);
  EXPECT_EQ(find_dateline("PARIS (Reuters) - Text", "").story_start, 0u);
  // A parenthesis in the story is not a credit.
  EXPECT_EQ(
      find_dateline("Intel Corp (INTC.O) said on Monday - as expected", "Reuters").story_start, 0u);
  // A credit with no place before it still ends the preamble.
  const Dateline d = find_dateline("(Reuters) - Text", "Reuters");
  EXPECT_TRUE(d.places.empty());
  EXPECT_EQ(d.story_start, 11u);  // just past the dash
}

TEST(Dateline, PlacesAreCasedAsRunningTextWritesThem) {
  EXPECT_EQ(well_cased_place("NEW YORK"), "New York");
  EXPECT_EQ(well_cased_place("ST. LOUIS"), "St. Louis");
  EXPECT_EQ(well_cased_place("U.S."), "U.S.");
  EXPECT_EQ(well_cased_place("Kyiv"), "Kyiv");
}

}  // namespace
}  // namespace newsarchive::indexer
