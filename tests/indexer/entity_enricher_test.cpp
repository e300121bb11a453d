#include "newsarchive/indexer/enrichers/entity_enricher.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace newsarchive::indexer {
namespace {

bool has_key(const Article& a, const std::string& key) {
  return std::any_of(a.entities.begin(), a.entities.end(),
                     [&](const Entity& e) { return e.key == key; });
}

TEST(EntityEnricher, TheAgencySignOffIsNotAnEntityButTheAgencyInTheTextIs) {
  const EntityEnricher enricher(default_ner_model_path());
  Article signed_off;
  signed_off.source = "Reuters";
  signed_off.title = "TEXAS COMMERCE BANCSHARES FILES PLAN";
  signed_off.body =
      "Texas Commerce Bancshares Inc said it filed a plan with the Securities and Exchange "
      "Commission in Houston.\n\n Reuter\n";
  enricher.enrich(signed_off);
  EXPECT_FALSE(has_key(signed_off, "reuter"));
  EXPECT_TRUE(has_key(signed_off, "securities and exchange commission"));
  EXPECT_TRUE(has_key(signed_off, "houston"));

  Article cited;
  cited.source = "Reuters";
  cited.title = "Talks resume";
  cited.body = "Officials told Reuters that talks with Iran would resume in Geneva on Monday.";
  enricher.enrich(cited);
  EXPECT_TRUE(has_key(cited, "reuters"));
  EXPECT_TRUE(has_key(cited, "iran"));
}

}  // namespace
}  // namespace newsarchive::indexer
