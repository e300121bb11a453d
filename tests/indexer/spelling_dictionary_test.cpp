#include "newsarchive/indexer/spelling_dictionary.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "newsarchive/indexer/indexer.h"
#include "temp_dir.h"

namespace newsarchive::indexer {
namespace {

Xapian::termcount spelling_frequency(const Xapian::Database& db, const std::string& word) {
  auto it = db.spellings_begin();
  it.skip_to(word);
  return it != db.spellings_end() && *it == word ? it.get_termfreq() : 0;
}

Xapian::Document words(std::initializer_list<const char*> terms) {
  Xapian::Document d;
  for (const char* t : terms) d.add_term(t);
  return d;
}

TEST(SpellingDictionary, HoldsTheWordVocabularyWithDocumentFrequencies) {
  testing::TempDir dir;
  Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
  db.add_document(words({"khamenei", "tehran", "Zkhamenei", "XPERSON:ali khamenei", "2023"}));
  db.add_document(words({"khamenei", "hamas"}));
  db.commit();
  const auto first = update_spelling_dictionary(db);
  EXPECT_EQ(first.added, 3u);  // khamenei, tehran, hamas: not the prefixed terms, not numbers
  EXPECT_EQ(spelling_frequency(db, "khamenei"), 2u);
  EXPECT_EQ(spelling_frequency(db, "tehran"), 1u);
  EXPECT_EQ(spelling_frequency(db, "Zkhamenei"), 0u);
  EXPECT_EQ(spelling_frequency(db, "2023"), 0u);
  EXPECT_EQ(db.get_spelling_suggestion("khameini"), "khamenei");
}

TEST(SpellingDictionary, ReRunsFollowAddedAndDeletedArticles) {
  testing::TempDir dir;
  Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
  const auto first = db.add_document(words({"storm", "harbour"}));
  db.commit();
  update_spelling_dictionary(db);
  const auto unchanged = update_spelling_dictionary(db);
  EXPECT_EQ(unchanged.added + unchanged.changed + unchanged.removed, 0u);

  db.add_document(words({"storm", "bridge"}));
  db.delete_document(first);
  db.commit();
  const auto second = update_spelling_dictionary(db);
  EXPECT_EQ(second.added, 1u);    // bridge
  EXPECT_EQ(second.removed, 1u);  // harbour: its only article is gone
  EXPECT_EQ(spelling_frequency(db, "storm"), 1u);
  EXPECT_EQ(spelling_frequency(db, "bridge"), 1u);
  EXPECT_EQ(spelling_frequency(db, "harbour"), 0u);
  std::size_t entries = 0;
  for (auto s = db.spellings_begin(); s != db.spellings_end(); ++s) ++entries;
  EXPECT_EQ(entries, 2u);
}

// The pass jumps over prefixed terms in one seek; when they end the term list, the words that
// went before them must still leave the dictionary.
TEST(SpellingDictionary, WordsGoneEvenWhenPrefixedTermsEndTheVocabulary) {
  testing::TempDir dir;
  Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
  const auto first = db.add_document(words({"harbour", "Zharbour"}));
  db.add_document(words({"1987", "Qart-2", "Zstorm"}));
  db.commit();
  EXPECT_EQ(update_spelling_dictionary(db).added, 1u);  // harbour
  db.delete_document(first);
  db.commit();
  const auto second = update_spelling_dictionary(db);
  EXPECT_EQ(second.removed, 1u);
  EXPECT_EQ(spelling_frequency(db, "harbour"), 0u);
  EXPECT_EQ(db.spellings_begin(), db.spellings_end());
}

TEST(SpellingDictionary, RareWordsAreLeftOutOfBigArchives) {
  EXPECT_EQ(spelling_min_frequency(20), 1u);
  EXPECT_EQ(spelling_min_frequency(49999), 1u);
  EXPECT_EQ(spelling_min_frequency(250000), 6u);
}

TEST(SpellingDictionary, TheIndexerBuildsItAtTheEndOfARun) {
  testing::TempDir dir;
  IndexOptions o;
  o.db_path = dir / "db";
  Indexer ix(o, [](const std::string&) {});
  ix.index({dir.write("a.txt", "Title: Leader\n\nAyatollah Ali Khamenei met Hamas leaders.")});
  ix.finish();
  Xapian::Database db(dir / "db");
  EXPECT_EQ(spelling_frequency(db, "khamenei"), 1u);
  EXPECT_EQ(db.get_spelling_suggestion("khameini"), "khamenei");
}

}  // namespace
}  // namespace newsarchive::indexer
