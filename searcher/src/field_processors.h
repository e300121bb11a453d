// Turns what users type after "field:" into Xapian queries, normalised as the indexer stored it.
#pragma once

#include <xapian.h>

#include <string>

#include "newsarchive/common/schema.h"

namespace newsarchive::searcher {

// A processor never throws: an exception thrown through Xapian's QueryParser leaks the parser's
// state (fuzzing found every rejected "date:x" losing memory). It notes why it rejects a value in
// `rejection` (the first reason is kept), answers with a query matching nothing, and
// QueryBuilder::parse throws the QueryError.
class NotingFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit NotingFieldProcessor(std::string& rejection) : rejection_(rejection) {}

 protected:
  Xapian::Query reject(std::string reason);

 private:
  std::string& rejection_;
};

// An exact filter term of `field`; the value is folded like the indexer folds it (lower case for
// sources and labels; as typed for ids and URLs).
class FilterProcessor : public NotingFieldProcessor {
 public:
  FilterProcessor(schema::Field field, std::string& rejection)
      : NotingFieldProcessor(rejection), field_(field) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  schema::Field field_;
};

// date:2023, date:2023-10, date:2023-10-01..2023-11-30, date:..2007-06-30, date:2008-09-15..
class DateRangeProcessor : public NotingFieldProcessor {
 public:
  using NotingFieldProcessor::NotingFieldProcessor;
  Xapian::Query operator()(const std::string& value) override;
};

// mentions:2023-10-07, mentions:2023-10, mentions:2023, and ranges of them: articles whose text
// talks about that time. A range becomes the fewest year, month and day terms that cover it.
class MentionsProcessor : public NotingFieldProcessor {
 public:
  using NotingFieldProcessor::NotingFieldProcessor;
  Xapian::Query operator()(const std::string& value) override;
};

}  // namespace newsarchive::searcher
