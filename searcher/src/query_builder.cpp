#include "query_builder.h"

#include "field_processors.h"
#include "newsarchive/common/language_stems.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/searcher.h"
#include "newsarchive/text/arabic_script.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/stopwords.h"
#include "query_diagnosis.h"
#include "query_languages.h"
#include "request_limits.h"

namespace newsarchive::searcher {
namespace {

constexpr unsigned kStrictFlags =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
    Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_CJK_NGRAM;
// FLAG_CJK_NGRAM: Chinese, Japanese and Korean split into characters and pairs, as indexed.
// What Omega falls back to: words, phrases and +/- only, so that stray operators and brackets
// are read as words instead of failing the search.
constexpr unsigned kLenientFlags = Xapian::QueryParser::FLAG_PHRASE |
                                   Xapian::QueryParser::FLAG_LOVEHATE |
                                   Xapian::QueryParser::FLAG_CJK_NGRAM;

}  // namespace

QueryBuilder::QueryBuilder(const std::string& language, bool stems_indexed)
    : default_code_(language_code(language).value_or("en")), stems_indexed_(stems_indexed) {
  for (const auto word : stopwords(default_code_)) stopper_.add(std::string(word));
}

Xapian::QueryParser QueryBuilder::make_parser(const Xapian::Database& db, const Xapian::Stem& stem,
                                              std::string& rejection) const {
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
          qp.add_boolean_prefix(name, (new MentionsProcessor(rejection))->release());
        else
          qp.add_boolean_prefix(name, (new FilterProcessor(row.field, rejection))->release());
        break;
      case schema::FieldKind::kRange:
        qp.add_boolean_prefix(name, (new DateRangeProcessor(rejection))->release());
        break;
      case schema::FieldKind::kValueOnly:
        break;
    }
  }
  return qp;
}

ParsedQuery QueryBuilder::parse(const std::string& typed, const Xapian::Database& db) const {
  // Arabic and Persian keyboards, with or without vowel marks, meet the indexed spelling.
  const std::string text = normalise_arabic_script(typed);
  auto languages = archive_stemming_languages(db, default_code_);
  if (default_stems_suffice(languages, default_code_)) {
    ParsedQuery out = parse_with(text, db, language_stemmer(default_code_, default_code_));
    out.counted = out.query;
    return out;
  }
  // The parser picks the words to stem and keeps them as written; each becomes its stems in the
  // languages searched: those lang: asks for, or all the archive holds.
  ParsedQuery out = parse_with(text, db, word_keeping_stemmer());
  if (auto named = named_stemming_languages(out.query, default_code_); !named.empty())
    languages = std::move(named);
  out.counted = stem_for_languages(out.query, db, {default_code_}, default_code_, stems_indexed_);
  out.query = stem_for_languages(out.query, db, languages, default_code_, stems_indexed_);
  out.stemmer = language_stemmer(default_code_, default_code_);
  out.stem_languages = std::move(languages);
  return out;
}

ParsedQuery QueryBuilder::parse_with(const std::string& text, const Xapian::Database& db,
                                     const Xapian::Stem& stem) const {
  ParsedQuery out;
  out.stemmer = stem;
  std::string rejection;
  auto qp = make_parser(db, out.stemmer, rejection);
  const auto throw_if_rejected = [&rejection] {
    if (!rejection.empty()) throw QueryError(rejection);
  };
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
    throw_if_rejected();
    for (auto& note : mended_syntax(text)) out.warnings.push_back("query: " + note);
  } catch (const Xapian::QueryParserError& strict) {
    throw_if_rejected();
    try {
      out.query = qp.parse_query(text, kLenientFlags);
      throw_if_rejected();
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
