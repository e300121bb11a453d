// match_bitmap (searcher/src/match_bitmap.h) finds exactly the documents Xapian's matcher finds,
// for every operator it evaluates, and declines the ones it does not.
#include "match_bitmap.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <set>
#include <thread>
#include <vector>

namespace newsarchive::searcher {
namespace {

using Q = Xapian::Query;

// 300 documents: document d holds term "mN" for each N in 2, 3, 5, 7 dividing d, and "all";
// every 11th is deleted afterwards, so postlists and the last docid disagree.
Xapian::WritableDatabase make_database() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int d = 1; d <= 300; ++d) {
    Xapian::Document doc;
    doc.add_term("all");
    for (int n : {2, 3, 5, 7})
      if (d % n == 0) doc.add_posting("m" + std::to_string(n), 1);
    doc.add_value(0, d % 2 ? "odd" : "even");
    db.add_document(doc);
  }
  for (Xapian::docid d = 11; d <= 300; d += 11) db.delete_document(d);
  return db;
}

std::set<Xapian::docid> xapian_matches(const Xapian::Database& db, const Q& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  std::set<Xapian::docid> out;
  const auto mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(*it);
  return out;
}

std::set<Xapian::docid> bitmap_matches(const Xapian::Database& db, const Q& q) {
  const Deadline no_limit{std::chrono::milliseconds(0)};
  const auto bits = match_bitmap(db, q, no_limit);
  EXPECT_TRUE(bits.has_value()) << q.get_description();
  std::set<Xapian::docid> out;
  if (bits) bits->for_each([&](Xapian::docid d) { out.insert(d); });
  return out;
}

TEST(MatchBitmap, FindsWhatXapiansMatcherFindsForEachBooleanOperator) {
  const auto db = make_database();
  const Q m2("m2"), m3("m3"), m5("m5"), m7("m7");
  const std::vector<Q> queries = {
      m2,
      Q("nosuchterm"),
      Q(Q::OP_OR, m2, m3),
      Q(Q::OP_AND, m2, m3),
      Q(Q::OP_AND_NOT, m2, Q(Q::OP_OR, m3, m5)),
      Q(Q::OP_AND_NOT, Q::MatchAll, m2),
      Q(Q::OP_FILTER, Q(Q::OP_OR, m5, m7), m2),
      Q(Q::OP_AND_MAYBE, m5, m2),
      Q(Q::OP_XOR, m2, m3),
      Q(Q::OP_SYNONYM, m5, m7),
      Q(Q::OP_MAX, m5, m7),
      Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, m3, m7), 0.0),
      Q(Q::OP_AND, Q(Q::OP_OR, m2, Q(Q::OP_AND, m3, m5)), Q(Q::OP_AND_NOT, Q("all"), m7)),
      Q::MatchAll,
      Q::MatchNothing,
      Q(Q::OP_OR, Q::MatchNothing, m3),
  };
  for (const Q& q : queries) {
    SCOPED_TRACE(q.get_description());
    EXPECT_EQ(bitmap_matches(db, q), xapian_matches(db, q));
  }
  EXPECT_TRUE(bitmap_matches(db, Q()).empty());
}

TEST(MatchBitmap, LeavesPhrasesWildcardsAndValueRangesToXapian) {
  const auto db = make_database();
  const Deadline no_limit{std::chrono::milliseconds(0)};
  for (const Q& q :
       {Q(Q::OP_PHRASE, Q("m2"), Q("m3")), Q(Q::OP_WILDCARD, "m"),
        Q(Q::OP_VALUE_RANGE, 0, "a", "f"), Q(Q::OP_AND, Q("m2"), Q(Q::OP_VALUE_GE, 0, "odd"))}) {
    SCOPED_TRACE(q.get_description());
    EXPECT_FALSE(match_bitmap(db, q, no_limit).has_value());
  }
}

TEST(MatchBitmap, StopsAtTheDeadline) {
  const Deadline gone{std::chrono::milliseconds(1)};
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // 300 postings are under the stride at which the clock is read: a long postlist is needed.
  Xapian::WritableDatabase big(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int d = 0; d < 10000; ++d) {
    Xapian::Document doc;
    doc.add_term("w");
    big.add_document(doc);
  }
  EXPECT_THROW(match_bitmap(big, Q("w"), gone), TimeLimitError);
}

}  // namespace
}  // namespace newsarchive::searcher
