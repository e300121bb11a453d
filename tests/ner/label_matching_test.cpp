#include "newsarchive/ner/label_matching.h"

#include <gtest/gtest.h>

#include "newsarchive/text/entity_key.h"

namespace newsarchive::ner {
namespace {

Entity entity(EntityType type, const std::string& display) {
  return {type, entity_key(display), display};
}

TEST(LabelMatching, PersonLabelsMatchTheSurnameAndTheGivenNames) {
  const std::vector<Entity> baker = {entity(EntityType::kPerson, "James A. Baker")};
  EXPECT_TRUE(match_label(LabelKind::kPeople, "james-baker", baker).as_labelled_type);
  const std::vector<Entity> lone = {entity(EntityType::kPerson, "Baker")};
  EXPECT_TRUE(match_label(LabelKind::kPeople, "james-baker", lone).as_labelled_type);
  // Another Baker is another person.
  const std::vector<Entity> howard = {entity(EntityType::kPerson, "Howard Baker")};
  EXPECT_FALSE(match_label(LabelKind::kPeople, "james-baker", howard).as_any_type);
  const std::vector<Entity> larosiere = {entity(EntityType::kPerson, "Jacques de Larosiere")};
  EXPECT_TRUE(match_label(LabelKind::kPeople, "de-larosiere", larosiere).as_labelled_type);
  EXPECT_TRUE(
      match_label(LabelKind::kPeople, "reagan", {entity(EntityType::kPerson, "Ronald Reagan")})
          .as_labelled_type);
  EXPECT_FALSE(
      match_label(LabelKind::kPeople, "reagan", {entity(EntityType::kPerson, "Reaganomics Smith")})
          .as_any_type);
}

TEST(LabelMatching, PlaceCodesGoThroughTheAliasTable) {
  const std::vector<Entity> found = {entity(EntityType::kPlace, "U.S."),
                                     entity(EntityType::kPlace, "Britain"),
                                     entity(EntityType::kPlace, "West Germany")};
  EXPECT_TRUE(match_label(LabelKind::kPlaces, "usa", found).as_labelled_type);
  EXPECT_TRUE(match_label(LabelKind::kPlaces, "uk", found).as_labelled_type);
  EXPECT_TRUE(match_label(LabelKind::kPlaces, "west-germany", found).as_labelled_type);
  EXPECT_FALSE(match_label(LabelKind::kPlaces, "japan", found).as_any_type);
}

TEST(LabelMatching, TheTypeCountsApartFromTheName) {
  // The tagger found "Brazil" but called it an organisation (the Brazilian government).
  const std::vector<Entity> found = {entity(EntityType::kOrganisation, "Brazil")};
  const LabelMatch m = match_label(LabelKind::kPlaces, "brazil", found);
  EXPECT_FALSE(m.as_labelled_type);
  EXPECT_TRUE(m.as_any_type);
}

TEST(LabelMatching, OrgLabelsMatchAcronymsAndFullNames) {
  EXPECT_TRUE(match_label(LabelKind::kOrgs, "imf",
                          {entity(EntityType::kOrganisation, "International Monetary Fund")})
                  .as_labelled_type);
  EXPECT_TRUE(
      match_label(LabelKind::kOrgs, "ec", {entity(EntityType::kOrganisation, "European Community")})
          .as_labelled_type);
  EXPECT_TRUE(
      match_label(LabelKind::kOrgs, "ico-coffee", {entity(EntityType::kOrganisation, "ICO")})
          .as_labelled_type);
  EXPECT_TRUE(
      match_label(LabelKind::kOrgs, "worldbank", {entity(EntityType::kOrganisation, "World Bank")})
          .as_labelled_type);
}

// The normaliser turns an article's "FAO" into the organisation the article spells out, so a
// label of letters matches the name they are the initials of; two letters are too few.
TEST(LabelMatching, OrgLabelsMatchTheNameTheirLettersAreTheInitialsOf) {
  const std::vector<Entity> fao = {
      entity(EntityType::kOrganisation, "Food and Agriculture Organization")};
  EXPECT_TRUE(match_label(LabelKind::kOrgs, "fao", fao).as_labelled_type);
  EXPECT_FALSE(match_label(LabelKind::kOrgs, "fa", fao).as_any_type);
  EXPECT_FALSE(match_label(LabelKind::kOrgs, "fdo", fao).as_any_type);
}

}  // namespace
}  // namespace newsarchive::ner
