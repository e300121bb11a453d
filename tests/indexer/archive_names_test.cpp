// The names an archive knows: its facet values on enough articles, of one type on most of them.
#include "newsarchive/indexer/enrichers/archive_names.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <sstream>

#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "temp_dir.h"

namespace newsarchive::indexer {
namespace {

using schema::Field;

// Adds `n` articles whose `field` facet holds `keys`, with each word of a person's key as a
// filter term too, as the document builder writes them.
void add_articles(Xapian::WritableDatabase& db, int n, Field field,
                  const std::vector<std::string>& keys, int year = 0) {
  std::vector<stored::FacetEntry> entries;
  for (const auto& k : keys) entries.push_back({k, k});
  for (int i = 0; i < n; ++i) {
    Xapian::Document doc;
    doc.add_value(schema::slot(field), stored::encode_facets(entries));
    if (year != 0) {
      const std::chrono::sys_days day{std::chrono::year{year} / 6 / 1};
      doc.add_value(schema::slot(Field::kDate), stored::encode_time(Timestamp{day}));
    }
    for (const auto& k : keys) {
      doc.add_boolean_term(schema::boolean_term(field, k));
      for (std::size_t start = 0; field == Field::kPerson && start < k.size();) {
        const std::size_t end = std::min(k.find(' ', start), k.size());
        doc.add_boolean_term(schema::boolean_term(field, k.substr(start, end - start)));
        start = end + 1;
      }
    }
    db.add_document(doc);
  }
}

TEST(ArchiveNames, NamesOnEnoughArticlesOfOneTypeAreKnown) {
  testing::TempDir dir;
  const std::string path = dir.path() / "db";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    add_articles(db, 3, Field::kPerson, {"ursula von der leyen"});
    add_articles(db, 2, Field::kOrganisation, {"acme"});          // too few articles
    add_articles(db, 4, Field::kPlace, {"washington", "paris"});  // a place on 4 articles
    add_articles(db, 1, Field::kPerson, {"washington"});          // and a person on 1: 80 %
    add_articles(db, 3, Field::kOrganisation, {"orange"});
    add_articles(db, 2, Field::kPlace, {"orange"});  // 60 % an organisation: not known
    db.commit();
  }
  const ner::KnownNames names = read_archive_names(path, ArchiveNameOptions{});
  EXPECT_EQ(names.type_of("ursula von der leyen"), EntityType::kPerson);
  EXPECT_EQ(names.type_of("washington"), EntityType::kPlace);
  EXPECT_EQ(names.type_of("paris"), EntityType::kPlace);
  EXPECT_FALSE(names.type_of("acme"));
  EXPECT_FALSE(names.type_of("orange"));
  // The words of a person's name are filter terms, not names of their own.
  EXPECT_FALSE(names.type_of("von"));
  EXPECT_FALSE(names.type_of("der"));
  EXPECT_EQ(names.size(), 3u);
}

// Which Bush "Bush" means depends on the year (Surnames): each name carries the years of its
// articles, without the few that recall it long after.
TEST(ArchiveNames, ANameCarriesTheYearsOfMostOfItsArticles) {
  testing::TempDir dir;
  const std::string path = dir.path() / "db";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    for (int year = 2006; year <= 2013; ++year)
      add_articles(db, 10, Field::kPerson, {"george w bush"}, year);
    add_articles(db, 3, Field::kPerson, {"george w bush"}, 2019);  // 3 of 83: left out
    add_articles(db, 40, Field::kPerson, {"george bush"}, 1987);
    add_articles(db, 5, Field::kPerson, {"george bush"}, 2007);  // 5 of 45: kept
    add_articles(db, 4, Field::kPerson, {"george bush"});        // undated: no year
    add_articles(db, 3, Field::kOrganisation, {"acme"});
    db.commit();
  }
  std::ostringstream list;
  read_archive_names(path, ArchiveNameOptions{}).write(list);
  EXPECT_EQ(list.str(),
            "ORG\tacme\t3\n"
            "PER\tgeorge bush\t49\t1987\t2007\n"
            "PER\tgeorge w bush\t83\t2006\t2013\n");
}

TEST(ArchiveNames, AnArchiveThatDoesNotExistKnowsNone) {
  testing::TempDir dir;
  EXPECT_EQ(read_archive_names(dir.path() / "missing", ArchiveNameOptions{}).size(), 0u);
  EXPECT_EQ(read_archive_names("", ArchiveNameOptions{}).size(), 0u);
}

}  // namespace
}  // namespace newsarchive::indexer
