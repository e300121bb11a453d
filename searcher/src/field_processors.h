// Turns what users type after "field:" into Xapian queries, normalised as the indexer stored it.
#pragma once

#include <xapian.h>

#include "newsarchive/common/schema.h"

namespace newsarchive::searcher {

// An exact filter term of `field`; the value is folded like the indexer folds it (lower case for
// sources and labels; as typed for ids and URLs).
class FilterProcessor : public Xapian::FieldProcessor {
 public:
  explicit FilterProcessor(schema::Field field) : field_(field) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  schema::Field field_;
};

// date:2023, date:2023-10, date:2023-10-01..2023-11-30, date:..2007-06-30, date:2008-09-15..
class DateRangeProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override;
};

// mentions:2023-10-07, mentions:2023-10, mentions:2023, and ranges of them: articles whose text
// talks about that time. A range becomes the fewest year, month and day terms that cover it.
class MentionsProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override;
};

}  // namespace newsarchive::searcher
