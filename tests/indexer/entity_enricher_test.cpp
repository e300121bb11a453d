#include "newsarchive/indexer/enrichers/entity_enricher.h"

#include <gtest/gtest.h>

#include <xapian.h>

#include <algorithm>
#include <fstream>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "temp_dir.h"

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

// The English recogniser reads English articles, and undetermined ones in an English archive;
// other Latin-script articles get known names only (none here), other scripts nothing.
TEST(EntityEnricher, TheRecogniserReadsOnlyWhatItWasTrainedFor) {
  const auto entities_of = [](const std::string& language, const std::string& default_language) {
    EntityOptions options;
    options.model_path = default_ner_model_path();
    options.default_language = default_language;  // no list, no archive: no known names
    const EntityEnricher enricher(options);
    Article a;
    a.language = language;
    a.title = "Patrick Cassany visits Villeneuve";
    a.body = "Mayor Patrick Cassany met Jean Dupont of Lactalis in Villeneuve on Monday.";
    enricher.enrich(a);
    return a.entities.size();
  };
  EXPECT_GT(entities_of("en", "en"), 0u);
  EXPECT_GT(entities_of("und", "en"), 0u);
  EXPECT_GT(entities_of("", "en"), 0u);
  EXPECT_EQ(entities_of("fr", "en"), 0u);
  EXPECT_EQ(entities_of("und", "fr"), 0u);
  EXPECT_EQ(entities_of("", "de"), 0u);
}

// A rebuilt list changes what is extracted, so unchanged articles must be re-enriched with it.
TEST(EntityEnricher, TheListOfKnownNamesJoinsTheSignature) {
  EntityOptions without;
  without.model_path = default_ner_model_path();
  EntityOptions with = without;
  with.known_names_path = default_known_names_path();
  const std::string a = EntityEnricher(without).signature();
  const std::string b = EntityEnricher(with).signature();
  EXPECT_NE(a, b);
  EXPECT_TRUE(a.starts_with("entities8:")) << a;
}

TEST(EntityEnricher, AnArticleInAnotherScriptGetsNoEntities) {
  const EntityEnricher enricher(default_ner_model_path());  // the committed list
  Article a;
  a.language = "ar";
  a.title = "البنك المركزي الأوروبي";
  a.body = "قال رئيس البنك المركزي الأوروبي في Frankfurt إن أسعار الفائدة ستبقى دون تغيير.";
  enricher.enrich(a);
  EXPECT_TRUE(a.entities.empty());
}

// An archive whose person facet holds `key` on `n` articles, as news-index writes it.
void add_person_articles(const std::string& db_path, const std::string& key, int n) {
  Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OPEN);
  for (int i = 0; i < n; ++i) {
    Xapian::Document doc;
    doc.add_value(schema::slot(schema::Field::kPerson), stored::encode_facets({{key, key}}));
    db.add_document(doc);
  }
  db.commit();
}

std::string person_key_of(const EntityEnricher& enricher, const std::string& surname) {
  Article a;
  a.title = "Rates held";
  // The surname after the clause, where the tagger reads it as a person whatever its
  // weights: this test is about resolving it, not about finding it.
  a.body = "Interest rates would stay where they are for now, " + surname + " said on Tuesday.";
  enricher.enrich(a);
  for (const Entity& e : a.entities)
    if (e.type == EntityType::kPerson) return e.key;
  return "";
}

// An article that names a person by surname alone gets the person the archive's knowledge
// holds most of that surname's articles: the committed list's, or the archive's own first.
TEST(EntityEnricher, APersonNamedBySurnameAloneIsThePersonTheArchiveKnows) {
  testing::TempDir dir;
  const std::string list = dir.path() / "known-names.tsv";
  std::ofstream(list) << "PER\tgeorge w bush\t1334\nPER\tjanet yellen\t400\n"
                         "PER\tgordon brown\t382\nPER\tnick brown\t255\n";
  EntityOptions options;
  options.model_path = default_ner_model_path();
  EXPECT_EQ(person_key_of(EntityEnricher(options), "Yellen"), "yellen");  // nothing known

  options.known_names_path = list;
  EXPECT_EQ(person_key_of(EntityEnricher(options), "Yellen"), "janet yellen");
  EXPECT_EQ(person_key_of(EntityEnricher(options), "Brown"), "brown");  // two Browns
  EXPECT_EQ(person_key_of(EntityEnricher(options), "Bush"), "george w bush");

  options.db_path = dir.path() / "db";
  add_person_articles(options.db_path, "george bush", 12);  // an archive of 1987
  EXPECT_EQ(person_key_of(EntityEnricher(options), "Bush"), "george bush");
  EXPECT_EQ(person_key_of(EntityEnricher(options), "Yellen"), "janet yellen");
}

}  // namespace
}  // namespace newsarchive::indexer
