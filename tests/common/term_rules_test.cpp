// The rules that turn a field and a value into a term, shared by the indexer and the searcher.
#include <gtest/gtest.h>

#include <set>

#include "newsarchive/common/schema.h"

namespace newsarchive::schema {
namespace {

using namespace std::chrono;

TEST(TermRules, ShortValuesAreThePrefixAndTheValue) {
  EXPECT_EQ(boolean_term(Field::kSource, "reuters"), "XSOURCEreuters");
  EXPECT_EQ(boolean_term(Field::kId, "Abc"), "QAbc");
  // A multi-letter prefix before a capital takes Xapian's ':' separator.
  EXPECT_EQ(boolean_term(Field::kCluster, "Abc"), "XCLUSTER:Abc");
}

TEST(TermRules, NoTermIsLongerThanXapianAllowsWhateverTheValue) {
  for (const auto& row : fields()) {
    if (row.prefix.empty()) continue;
    for (const std::size_t n : {200u, 238u, 240u, 245u, 300u, 5000u}) {
      const std::string term = boolean_term(row.field, std::string(n, 's'));
      EXPECT_LE(term.size(), kMaxTermBytes) << row.prefix << " " << n;
      EXPECT_TRUE(term.starts_with(row.prefix));
    }
  }
}

TEST(TermRules, ValuesThatFitAreKeptWholeAndLongerOnesDifferByTheirHash) {
  const std::string fits(kMaxTermBytes - prefix(Field::kSource).size(), 'a');
  EXPECT_EQ(boolean_term(Field::kSource, fits), std::string(prefix(Field::kSource)) + fits);
  // Two long values that share their first 400 bytes are still two terms, and one value is
  // always the same term.
  const std::string common(400, 'x');
  const auto a = boolean_term(Field::kSource, common + "a");
  const auto b = boolean_term(Field::kSource, common + "b");
  EXPECT_NE(a, b);
  EXPECT_EQ(a, boolean_term(Field::kSource, common + "a"));
  EXPECT_NE(a.find('#'), std::string::npos);
}

TEST(TermRules, ACutNeverSplitsACharacter) {
  // "é" is two bytes; whatever the cut, the kept head is valid UTF-8.
  std::string value;
  for (int i = 0; i < 300; ++i) value += "\xc3\xa9";
  for (const Field f : {Field::kSource, Field::kPerson, Field::kUrl, Field::kId}) {
    std::string head = boolean_term(f, value);
    head = head.substr(prefix(f).size(), head.find('#') - prefix(f).size());
    EXPECT_EQ(head.size() % 2, 0u) << prefix(f);
  }
}

TEST(TermRules, FilterValuesNormaliseEachFieldAsDocumented) {
  EXPECT_EQ(filter_value(Field::kSource, "  Reuters   Business News "), "reuters business news");
  EXPECT_EQ(filter_value(Field::kLabel, "Topics/Crude"), "topics/crude");
  EXPECT_EQ(filter_value(Field::kPerson, "Ali  KHAMENEI"), "ali khamenei");
  EXPECT_EQ(filter_value(Field::kPlace, "U.S."), "united states");
  EXPECT_EQ(filter_value(Field::kId, "Case-Kept ID"), "Case-Kept ID");
  EXPECT_EQ(filter_value(Field::kUrl, "https://Example.org/A"), "https://Example.org/A");
  EXPECT_EQ(filter_term(Field::kSource, "The  Courier"), "XSOURCEthe courier");
}

TEST(TermRules, ALongSourceTypedByAUserMeetsTheIndexedTerm) {
  const std::string written(400, 'S');
  const std::string typed(400, 's');
  EXPECT_EQ(filter_term(Field::kSource, written), filter_term(Field::kSource, typed));
}

TEST(TermRules, DateKeysAreFourSixOrEightDigits) {
  const sys_days d = 1987y / March / 9d;
  EXPECT_EQ(date_key(d, DatePrecision::kYear), "1987");
  EXPECT_EQ(date_key(d, DatePrecision::kMonth), "198703");
  EXPECT_EQ(date_key(d, DatePrecision::kDay), "19870309");
  EXPECT_EQ(date_key(sys_days{year{812} / 1 / 2}, DatePrecision::kMonth), "081201");
}

TEST(TermRules, FacetsNameSlotsOfTheTable) {
  std::set<std::string_view> names;
  for (const auto& f : facets()) {
    EXPECT_TRUE(names.insert(f.name).second) << f.name;
    EXPECT_NE(slot(f.field), kNoSlot) << f.name;
    EXPECT_EQ(find_facet(f.name), &f);
  }
  EXPECT_EQ(find_facet("date")->kind, FacetKind::kHistogram);
  EXPECT_EQ(find_facet("person")->kind, FacetKind::kKeyList);
  EXPECT_EQ(find_facet("nosuch"), nullptr);
  EXPECT_EQ(facet_names_list(), "person, org, place, source, lang, mentions, date");
}

TEST(TermRules, ShardDirectoriesAreNumberedWithTwoDigitsAtLeast) {
  EXPECT_EQ(shard_directory_name(0), "shard-00");
  EXPECT_EQ(shard_directory_name(7), "shard-07");
  EXPECT_EQ(shard_directory_name(123), "shard-123");
}

}  // namespace
}  // namespace newsarchive::schema
