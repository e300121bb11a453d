// bench-floor-search: the least a Xapian searcher does: QueryParser with the English stemmer,
// BM25, top k, each hit's stored data read. One Xapian::Database per thread. It also searches
// omindex's database (same term conventions), where it stands in for quest without process
// start-up in the timings.
#include <xapian.h>

#include <stdexcept>

#include "floor_schema.h"
#include "search_harness.h"

namespace {

using namespace newsarchive::bench;

std::string day_key(const std::string& iso) {
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

class FloorSession final : public Session {
 public:
  explicit FloorSession(const std::string& path) : db_(path), enquire_(db_) {
    parser_.set_database(db_);
    parser_.set_stemmer(Xapian::Stem(floor::kStemmer));
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_OR);
    enquire_.set_weighting_scheme(Xapian::BM25Weight());
  }

  std::vector<RankedHit> search(const std::string& text, std::size_t limit,
                                const std::optional<DateFilter>& filter) override {
    Xapian::Query query = parser_.parse_query(text);
    if (filter)
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, floor::kDaySlot,
                                          day_key(filter->from), day_key(filter->to)));
    enquire_.set_query(query);
    const auto mset = enquire_.get_mset(0, static_cast<Xapian::doccount>(limit));
    std::vector<RankedHit> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document doc = it.get_document();
      const std::string data = doc.get_data();  // what a result page shows
      hits.push_back({doc.get_value(floor::kIdSlot), it.get_weight()});
    }
    return hits;
  }

  std::uint64_t count(const std::string& text) override {
    enquire_.set_query(parser_.parse_query(text));
    const auto mset = enquire_.get_mset(0, 0, db_.get_doccount());
    if (mset.get_matches_lower_bound() != mset.get_matches_upper_bound())
      throw std::runtime_error("inexact count for '" + text + "'");
    return mset.get_matches_lower_bound();
  }

 private:
  Xapian::Database db_;
  Xapian::QueryParser parser_;
  Xapian::Enquire enquire_;
};

}  // namespace

int main(int argc, char** argv) {
  return run_search_tool(argc, argv, "floor", [](const std::string& db) -> SessionFactory {
    return [db] { return std::make_unique<FloorSession>(db); };
  });
}
