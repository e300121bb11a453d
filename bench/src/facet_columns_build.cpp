// bench-facet-columns DB: what the first facet search after a commit pays, and what the searcher
// then holds: the time to read each facet slot's column from the database's value stream
// (searcher/src/facet_columns.h) and the column's size in memory. See docs/scaling.md, "Facets".
#include <xapian.h>

#include <chrono>
#include <iostream>

#include "facet_columns.h"
#include "newsarchive/common/schema.h"

namespace {

using newsarchive::schema::Field;

struct Slot {
  const char* name;
  Field field;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bench-facet-columns DATABASE\n";
    return 2;
  }
  const Xapian::Database db(argv[1]);
  double total_ms = 0, total_mb = 0;
  std::cout << "| column | read (ms) | MB | lines | distinct |\n|---|---|---|---|---|\n";
  for (const Slot s : {Slot{"date (day)", Field::kDay},
                       {"person", Field::kPerson},
                       {"org", Field::kOrganisation},
                       {"place", Field::kPlace},
                       {"mentions", Field::kMentions},
                       {"source", Field::kSource},
                       {"lang", Field::kLanguage},
                       {"collapse key", Field::kCollapseKey}}) {
    const auto& spec = newsarchive::schema::spec(s.field);
    const auto start = std::chrono::steady_clock::now();
    const auto column = newsarchive::searcher::build_facet_column(
        db, spec.slot, spec.encoding == newsarchive::schema::ValueEncoding::kKeyList);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double mb = static_cast<double>(column.bytes()) / 1e6;
    total_ms += ms;
    total_mb += mb;
    std::cout << "| " << s.name << " | " << ms << " | " << mb << " | " << column.lines.size()
              << " | " << column.texts.size() << " |\n";
  }
  std::cout << "| all, " << db.get_doccount() << " articles | " << total_ms << " | " << total_mb
            << " | | |\n";
}
