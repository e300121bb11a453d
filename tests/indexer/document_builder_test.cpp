#include "newsarchive/indexer/document_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"

namespace newsarchive::indexer {
namespace {

using schema::Field;

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

Xapian::termcount wdf(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
}

Article sample() {
  Article a;
  a.id = "a1";
  a.title = "Harbour bridge reopens";
  a.body = "The bridge reopened on Monday. Shops on the quay were glad.";
  a.source = "The Courier";
  a.authors = {"Marta Lindqvist"};
  a.language = "en";
  a.published = parse_publication_date("2024-03-18T09:30:00Z");
  a.labels = {{"topics", "Transport"}};
  a.entities = {{EntityType::kPerson, "marta lindqvist", "Marta Lindqvist"},
                {EntityType::kPlace, "eastbrook", "Eastbrook"},
                {EntityType::kMisc, "european", "European"}};
  a.mentions = {
      {std::chrono::sys_days{std::chrono::year{2024} / 3 / 18}, DateGranularity::kDay, "Monday"},
      {std::chrono::sys_days{std::chrono::year{1990} / 1 / 1}, DateGranularity::kDecade,
       "the 1990s"}};
  return a;
}

TEST(DocumentBuilder, FilterTermsComeFromTheSchema) {
  DocumentBuilder b("en");
  const auto doc = b.build(sample());
  EXPECT_TRUE(has_term(doc, "Qa1"));
  EXPECT_TRUE(has_term(doc, "XSOURCEthe courier"));
  EXPECT_TRUE(has_term(doc, "Len"));
  EXPECT_TRUE(has_term(doc, "Y2024"));
  EXPECT_TRUE(has_term(doc, "M202403"));
  EXPECT_TRUE(has_term(doc, "D20240318"));
  EXPECT_TRUE(has_term(doc, "XLABELtopics/transport"));
  EXPECT_TRUE(has_term(doc, "XPERSONmarta lindqvist"));
  EXPECT_TRUE(has_term(doc, "XPLACEeastbrook"));
  EXPECT_FALSE(has_term(doc, "XLABELeuropean"));
  EXPECT_TRUE(has_term(doc, "XMENTION20240318"));
  EXPECT_TRUE(has_term(doc, "XMENTION202403"));
  EXPECT_TRUE(has_term(doc, "XMENTION1990"));
  EXPECT_FALSE(has_term(doc, "XMENTION199001"));  // a decade does not name a month
}

TEST(DocumentBuilder, APersonIsFoundByAnyOfTheirNamesAnOrganisationByItsFirstWord) {
  DocumentBuilder b("en");
  Article a = sample();
  a.entities = {{EntityType::kOrganisation, "goldman sachs", "Goldman Sachs"},
                {EntityType::kPlace, "new york", "New York"}};
  const auto doc = b.build(a);
  EXPECT_TRUE(has_term(doc, "XORGgoldman sachs"));
  EXPECT_TRUE(has_term(doc, "XORGgoldman"));  // "Goldman said ..."
  EXPECT_FALSE(has_term(doc, "XORGsachs"));
  EXPECT_FALSE(has_term(doc, "XPLACEnew"));  // a place is named whole
  const auto people = b.build(sample());
  EXPECT_TRUE(has_term(people, "XPERSONmarta"));
  EXPECT_TRUE(has_term(people, "XPERSONlindqvist"));
}

TEST(DocumentBuilder, TitleWordsWeighMoreThanBodyWordsAndArePrefixed) {
  DocumentBuilder b("en");
  const auto doc = b.build(sample());
  // "bridge" once in the title (weight 3) and once in the body.
  EXPECT_EQ(wdf(doc, "bridge"), schema::kTitleWeight + 1);
  EXPECT_EQ(wdf(doc, "quay"), 1u);
  EXPECT_TRUE(has_term(doc, "Sbridge"));
  EXPECT_TRUE(has_term(doc, "Zreopen"));  // English stem
  EXPECT_TRUE(has_term(doc, "Amarta"));
}

TEST(DocumentBuilder, WithoutStemsOnlyTheWordsAreIndexed) {
  DocumentBuilder b("en", /*index_stems=*/false);
  const auto doc = b.build(sample());
  EXPECT_TRUE(has_term(doc, "reopens"));
  EXPECT_TRUE(has_term(doc, "Sbridge"));
  EXPECT_EQ(wdf(doc, "bridge"), schema::kTitleWeight + 1);
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    EXPECT_NE((*t)[0], 'Z') << *t;  // no stem, in any field
}

TEST(DocumentBuilder, ValuesHoldDateSourceAndFacets) {
  DocumentBuilder b("en");
  const auto a = sample();
  const auto doc = b.build(a);
  EXPECT_EQ(stored::decode_time(doc.get_value(schema::slot(Field::kDate))), a.published);
  EXPECT_EQ(doc.get_value(schema::slot(Field::kDay)), "20240318");
  EXPECT_EQ(doc.get_value(schema::slot(Field::kSource)), "The Courier");
  const auto people = stored::decode_facets(doc.get_value(schema::slot(Field::kPerson)));
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].display, "Marta Lindqvist");
  EXPECT_EQ(stored::decode_data(doc.get_data()).title, "Harbour bridge reopens");
}

TEST(DocumentBuilder, UndatedArticlesHaveNoDateTermsOrValues) {
  DocumentBuilder b("en");
  Article a = sample();
  a.published.reset();
  const auto doc = b.build(a);
  EXPECT_TRUE(doc.get_value(schema::slot(Field::kDate)).empty());
  auto it = doc.termlist_begin();
  it.skip_to("Y");
  EXPECT_TRUE(it == doc.termlist_end() || !(*it).starts_with("Y"));
}

TEST(DocumentBuilder, OtherLanguagesUseTheirStemmer) {
  DocumentBuilder b("en");
  Article a = sample();
  a.language = "fr";
  a.title = "Les marchés financiers";
  const auto doc = b.build(a);
  EXPECT_TRUE(has_term(doc, "Lfr"));
  // French stem of "marchés", marked as French in an English archive (schema version 5).
  EXPECT_TRUE(has_term(doc, "Zfr:march"));
}

}  // namespace
}  // namespace newsarchive::indexer
