#include "newsarchive/common/schema.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace newsarchive::schema {
namespace {

TEST(Schema, EveryRowIsInFieldOrderWithUniqueSlotsAndPrefixes) {
  std::set<unsigned> slots;
  std::set<std::string_view> prefixes;
  std::size_t i = 0;
  for (const auto& row : fields()) {
    EXPECT_EQ(static_cast<std::size_t>(row.field), i++);
    if (row.slot != kNoSlot) {
      EXPECT_TRUE(slots.insert(row.slot).second) << row.query_name;
    }
    if (!row.prefix.empty()) {
      EXPECT_TRUE(prefixes.insert(row.prefix).second) << row.prefix;
    }
  }
}

TEST(Schema, NoPrefixBeginsAnother) {
  for (const auto& a : fields())
    for (const auto& b : fields())
      if (&a != &b && !a.prefix.empty() && !b.prefix.empty()) {
        EXPECT_FALSE(b.prefix.starts_with(a.prefix)) << a.prefix << " begins " << b.prefix;
      }
}

TEST(Schema, LookupByQueryName) {
  ASSERT_NE(find_by_query_name("title"), nullptr);
  EXPECT_EQ(find_by_query_name("title")->prefix, "S");
  EXPECT_EQ(find_by_query_name("person")->field, Field::kPerson);
  EXPECT_EQ(find_by_query_name("nosuchfield"), nullptr);
  EXPECT_EQ(find_by_query_name(""), nullptr);
}

TEST(Schema, BooleanTermsFollowXapianColonConvention) {
  EXPECT_EQ(boolean_term(Field::kId, "Abc"), "QAbc");  // one-letter prefix: no colon
  EXPECT_EQ(boolean_term(Field::kSource, "reuters"), "XSOURCEreuters");
  EXPECT_EQ(boolean_term(Field::kSource, "Reuters"), "XSOURCE:Reuters");
  EXPECT_EQ(boolean_term(Field::kDay, "20231115"), "D20231115");
}

// docs/schema.md documents the table; every prefix and slot in the code must appear there.
TEST(Schema, DocumentationListsEveryRow) {
  std::ifstream f(std::string(NEWSARCHIVE_SOURCE_DIR) + "/docs/schema.md");
  ASSERT_TRUE(f) << "docs/schema.md is missing";
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string doc = ss.str();
  for (const auto& row : fields()) {
    if (!row.prefix.empty()) {
      EXPECT_NE(doc.find("`" + std::string(row.prefix) + "`"), std::string::npos)
          << "prefix " << row.prefix << " not documented";
    }
    if (!row.query_name.empty()) {
      EXPECT_NE(doc.find("`" + std::string(row.query_name) + ":`"), std::string::npos)
          << "field " << row.query_name << " not documented";
    }
    if (row.slot != kNoSlot) {
      EXPECT_NE(doc.find("| " + std::to_string(row.slot) + " |"), std::string::npos)
          << "slot " << row.slot << " not documented";
    }
  }
  EXPECT_NE(doc.find("version " + std::to_string(kVersion)), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::schema
