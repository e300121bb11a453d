#include "query_builder.h"

#include "field_processors.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/searcher.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/stopwords.h"
#include "query_diagnosis.h"
#include "request_limits.h"

namespace newsarchive::searcher {
namespace {

constexpr unsigned kStrictFlags =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
    Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT;
// What Omega falls back to: words, phrases and +/- only, so that stray operators and brackets
// are read as words instead of failing the search.
constexpr unsigned kLenientFlags =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_LOVEHATE;

}  // namespace

QueryBuilder::QueryBuilder(const std::string& language) {
  const std::string code = language_code(language).value_or("en");
  snowball_language_ = snowball_name(code);
  for (const auto word : stopwords(code)) stopper_.add(std::string(word));
}

Xapian::QueryParser QueryBuilder::make_parser(const Xapian::Database& db,
                                              const Xapian::Stem& stem) const {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(stem);
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(&stopper_);
  qp.set_default_op(Xapian::Query::OP_OR);
  // A wildcard over a big archive could expand to every word; keep the most frequent matches.
  qp.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  for (const auto& row : schema::fields()) {
    if (row.query_name.empty()) continue;
    const std::string name(row.query_name), prefix(row.prefix);
    switch (row.kind) {
      case schema::FieldKind::kFreeText:
        qp.add_prefix(name, prefix);
        break;
      case schema::FieldKind::kBoolean:
        if (row.field == schema::Field::kMentions)
          qp.add_boolean_prefix(name, (new MentionsProcessor)->release());
        else
          qp.add_boolean_prefix(name, (new FilterProcessor(row.field))->release());
        break;
      case schema::FieldKind::kRange:
        qp.add_boolean_prefix(name, (new DateRangeProcessor)->release());
        break;
      case schema::FieldKind::kValueOnly:
        break;
    }
  }
  return qp;
}

ParsedQuery QueryBuilder::parse(const std::string& text, const Xapian::Database& db) const {
  ParsedQuery out;
  out.stemmer = Xapian::Stem(snowball_language_);
  auto qp = make_parser(db, out.stemmer);
  // No words at all: every article, so filters, date bounds and facets can browse the archive.
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.query = Xapian::Query::MatchAll;
    return out;
  }
  check_query_size(text);
  if (const auto missing = field_without_value(text); !missing.empty()) throw QueryError(missing);
  for (auto& note : parts_matching_nothing(text)) out.warnings.push_back("query: " + note);
  try {
    out.query = qp.parse_query(text, kStrictFlags);
    for (auto& note : mended_syntax(text)) out.warnings.push_back("query: " + note);
  } catch (const Xapian::QueryParserError& strict) {
    try {
      out.query = qp.parse_query(text, kLenientFlags);
      const std::string where = locate_syntax_error(text);
      out.warnings.push_back("query not understood as written (" +
                             (where.empty() ? strict.get_msg() : where) +
                             "); searched for its words instead");
    } catch (const Xapian::QueryParserError& e) {
      throw QueryError("cannot understand the query: " + e.get_msg());
    }
  }
  return out;
}

}  // namespace newsarchive::searcher
