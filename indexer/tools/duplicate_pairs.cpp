// news-duplicate-pairs: lists the near-duplicate candidate pairs of an index (articles whose
// stored MinHash signatures share an LSH band) with their estimated similarity, to measure and tune
// the detector by reading pairs (docs/duplicates.md). Not installed: a measuring tool.
//
// Output, one pair per line, tab-separated: jaccard, containment, same_cluster (1/0), id A,
// id B, title A, title B, date A, date B.
#include <xapian.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/indexer/dedup/minhash.h"

int main(int argc, char** argv) {
  using namespace newsarchive;
  using schema::Field;
  if (argc != 2) {
    std::cerr << "usage: news-duplicate-pairs DATABASE\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    const auto slot_sig = schema::slot(Field::kDuplicateSignature);
    // The detector's candidates: articles whose signatures agree in one whole band.
    std::map<std::string, std::vector<Xapian::docid>> by_band;
    for (auto v = db.valuestream_begin(slot_sig); v != db.valuestream_end(slot_sig); ++v)
      if (const auto sig = indexer::dedup::decode(*v))
        for (const auto& band : indexer::dedup::band_keys(*sig))
          by_band[band].push_back(v.get_docid());
    std::set<std::pair<Xapian::docid, Xapian::docid>> pairs;
    std::size_t skipped_bands = 0;
    for (const auto& [band, docs] : by_band) {
      // The detector looks at most 64 candidates per band: so does this list.
      if (docs.size() > 64) {
        ++skipped_bands;
        continue;
      }
      for (std::size_t i = 0; i < docs.size(); ++i)
        for (std::size_t j = i + 1; j < docs.size(); ++j) pairs.emplace(docs[i], docs[j]);
    }
    const auto slot_cluster = schema::slot(Field::kCluster);
    for (const auto& [a, b] : pairs) {
      const auto da = db.get_document(a), dbb = db.get_document(b);
      const auto sa = indexer::dedup::decode(da.get_value(slot_sig));
      const auto sb = indexer::dedup::decode(dbb.get_value(slot_sig));
      if (!sa || !sb) continue;
      const auto ra = stored::decode_data(da.get_data()), rb = stored::decode_data(dbb.get_data());
      const auto date = [](const auto& t) { return t ? format_iso8601(*t) : std::string("-"); };
      std::printf("%.3f\t%.3f\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n",
                  indexer::dedup::estimated_jaccard(*sa, *sb),
                  indexer::dedup::estimated_containment(*sa, *sb),
                  da.get_value(slot_cluster) == dbb.get_value(slot_cluster) ? 1 : 0, ra.id.c_str(),
                  rb.id.c_str(), ra.title.c_str(), rb.title.c_str(), date(ra.published).c_str(),
                  date(rb.published).c_str());
    }
    std::cerr << pairs.size() << " candidate pairs; " << skipped_bands
              << " bands shared by more than 64 articles skipped\n";
    return 0;
  } catch (const Xapian::Error& e) {
    std::cerr << "news-duplicate-pairs: " << e.get_description() << "\n";
    return 2;
  }
}
