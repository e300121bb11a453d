#include "newsarchive/common/stored_values.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cmath>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"

namespace newsarchive::stored {
namespace {

TEST(StoredValues, TimesSortAsTheyOrderIncludingBefore1970) {
  const auto t1881 = *parse_publication_date("1881-01-04");
  const auto t1963 = *parse_publication_date("1963-01-04");
  const auto t2023 = *parse_publication_date("2023-11-15T10:30:00Z");
  EXPECT_LT(encode_time(t1881), encode_time(t1963));
  EXPECT_LT(encode_time(t1963), encode_time(t2023));
  EXPECT_EQ(decode_time(encode_time(t1881)), t1881);
  EXPECT_EQ(decode_time(encode_time(t2023)), t2023);
  EXPECT_FALSE(decode_time(""));
}

// Found by fuzz/stored_record.cpp: the value "\n\n" reads as minus infinity, whose conversion
// to whole seconds was undefined (UBSan stopped there; unsanitized it became a date).
TEST(StoredValues, DamagedDateValuesAreNoDate) {
  EXPECT_FALSE(decode_time("\n\n"));
  EXPECT_FALSE(decode_time(Xapian::sortable_serialise(HUGE_VAL)));
  EXPECT_FALSE(decode_time(Xapian::sortable_serialise(1e30)));
  EXPECT_FALSE(decode_time(Xapian::sortable_serialise(-1e30)));
  const auto far = *parse_publication_date("999999999999");  // the latest Unix seconds read
  EXPECT_EQ(decode_time(encode_time(far)), far);
}

TEST(StoredValues, DayKeysAreEightDigitsAndSortAsTheDaysDo) {
  using namespace std::chrono;
  EXPECT_EQ(day_key(sys_days{year{1987} / 3 / 9}), "19870309");
  EXPECT_EQ(day_key(sys_days{year{1881} / 1 / 4}), "18810104");
  EXPECT_EQ(day_key(sys_days{year{2024} / 12 / 31}), "20241231");
  EXPECT_LT(day_key(sys_days{year{1969} / 12 / 31}), day_key(sys_days{year{1970} / 1 / 1}));
}

TEST(StoredValues, FacetListsRoundTrip) {
  const std::vector<FacetEntry> in{{"ali khamenei", "Ali Khamenei"}, {"hamas", "Hamas"}};
  const auto out = decode_facets(encode_facets(in));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].key, "ali khamenei");
  EXPECT_EQ(out[1].display, "Hamas");
  EXPECT_TRUE(decode_facets("").empty());
}

TEST(StoredValues, CollapseKeysAreEightBytesOfTheClusterKeysHash) {
  const auto a = encode_hash64("h9d1e1502f914bd13b4e2ba1308f3aad3");
  ASSERT_EQ(a.size(), 8u);
  EXPECT_EQ(a, encode_hash64("h9d1e1502f914bd13b4e2ba1308f3aad3"));
  EXPECT_NE(a, encode_hash64("hcc9d2a189a49bc2193a4947c6198a29d"));
  // FNV-1a of "" is its offset basis, written most significant byte first.
  EXPECT_EQ(encode_hash64(""), std::string("\xcb\xf2\x9c\xe4\x84\x22\x23\x25", 8));
}

TEST(StoredValues, DataKeepsWhatAHitDisplays) {
  Article a;
  a.id = "x1";
  a.title = "Title";
  a.body = "Body";
  a.authors = {"A. Writer"};
  a.published = parse_publication_date("2023-11-15");
  const auto s = decode_data(encode_data(a));
  EXPECT_EQ(s.id, "x1");
  EXPECT_EQ(s.title, "Title");
  EXPECT_EQ(s.body, "Body");
  ASSERT_EQ(s.authors.size(), 1u);
  EXPECT_EQ(s.published, a.published);
  EXPECT_TRUE(s.published_has_time);
}

TEST(StoredValues, DataIsAZstdFrameSmallerThanItsText) {
  Article a;
  a.id = "x2";
  for (int i = 0; i < 50; ++i) a.body += "The harbour board met again on Tuesday. ";
  const std::string data = encode_data(a);
  ASSERT_GE(data.size(), 4u);
  EXPECT_EQ(data.substr(0, 4), std::string("\x28\xB5\x2F\xFD"));  // zstd's magic number
  EXPECT_LT(data.size(), a.body.size() / 4);
  EXPECT_EQ(decode_data(data).body, a.body);
}

TEST(StoredValues, DamagedDataDecodesToAnEmptyRecordNotACrash) {
  Article a;
  a.id = "x3";
  a.body = std::string(2000, 'y');
  const std::string data = encode_data(a);
  EXPECT_TRUE(decode_data(data.substr(0, data.size() / 2)).id.empty());
  std::string flipped = data;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x55);
  EXPECT_NO_THROW(decode_data(flipped));
  // A plain JSON record (as the data of another tool's document) still reads.
  EXPECT_EQ(decode_data(R"({"id":"plain","title":"T"})").id, "plain");
}

// Found by fuzz/stored_record.cpp: a record whose fields are JSON but not strings (another tool's
// document data, or a damaged record) threw nlohmann::json's type_error out of the decoder.
TEST(StoredValues, FieldsOfAnotherTypeReadAsAbsent) {
  const auto s = decode_data(R"({"id": "n1", "title": ["T"], "body": 3333, "date": 20240318,
                                 "url": {"a": 1}, "source": null, "authors": ["A", 7]})");
  EXPECT_EQ(s.id, "n1");
  EXPECT_EQ(s.title, "");
  EXPECT_EQ(s.body, "");
  EXPECT_FALSE(s.published);
  EXPECT_EQ(s.authors, std::vector<std::string>{"A"});
}

// The peak resident memory of this process so far, in kilobytes.
long peak_kilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Found by fuzz/stored_record.cpp: a zstd frame header is data too, and the decoder allocated and
// zeroed whatever size a damaged one declared (up to 2 GiB for these 13 bytes) before finding the
// frame short.
TEST(StoredValues, ADamagedFrameSizeCostsNoMemory) {
  // Magic, a single-segment header declaring 0x7fffffff bytes, then one RLE block of 16 'a's.
  const std::string frame("\x28\xb5\x2f\xfd\xa0\xff\xff\xff\x7f\x83\x00\x00a", 13);
  const long before = peak_kilobytes();
  EXPECT_TRUE(decode_data(frame).id.empty());
  EXPECT_LT(peak_kilobytes() - before, 64 * 1024);
  // Records that declare their size truthfully still read, in one step or several.
  for (const std::size_t body : {0, 10, 100000}) {
    Article a;
    a.id = "z" + std::to_string(body);
    a.body = std::string(body, 'q');
    EXPECT_EQ(decode_data(encode_data(a)).body, a.body);
  }
}

TEST(StoredValues, DataKeepsWhetherTheTimeOfDayIsKnown) {
  Article a;
  a.id = "x2";
  ASSERT_TRUE(set_publication_date(a, "15 Nov 2023"));
  const auto day = decode_data(encode_data(a));
  EXPECT_EQ(day.published, a.published);
  EXPECT_FALSE(day.published_has_time);
  ASSERT_TRUE(set_publication_date(a, "2023-11-15T00:00:00Z"));  // the same instant, with a time
  EXPECT_TRUE(decode_data(encode_data(a)).published_has_time);
}

TEST(StoredValues, SchemaVersionIsCheckedWithAClearMessage) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  EXPECT_NO_THROW(check_schema(db, "mem"));  // new and empty
  db.add_document(Xapian::Document());
  try {
    check_schema(db, "mem");
    FAIL() << "a database without a schema version was accepted";
  } catch (const SchemaMismatch& e) {
    EXPECT_NE(std::string(e.what()).find("not a newsarchive index"), std::string::npos);
  }
  db.set_metadata(std::string(schema::kVersionKey), "999");
  try {
    check_schema(db, "mem");
    FAIL() << "another schema version was accepted";
  } catch (const SchemaMismatch& e) {
    EXPECT_NE(std::string(e.what()).find("version 999"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("re-index"), std::string::npos);
  }
  stamp_schema(db);
  EXPECT_NO_THROW(check_schema(db, "mem"));
}

}  // namespace
}  // namespace newsarchive::stored
