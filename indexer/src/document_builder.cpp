#include "newsarchive/indexer/document_builder.h"

#include <date/date.h>

#include <algorithm>
#include <set>

#include "newsarchive/common/language_stems.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/common/stored_values.h"
#include "newsarchive/text/arabic_script.h"
#include "newsarchive/text/entity_key.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

using schema::Field;

Field facet_field(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return Field::kPerson;
    case EntityType::kOrganisation:
      return Field::kOrganisation;
    case EntityType::kPlace:
      return Field::kPlace;
    case EntityType::kMisc:
      break;
  }
  return Field::kLabel;  // not reached for indexed types; see add_filter_terms
}

std::string mention_term(const MentionedDate& m, schema::DatePrecision precision) {
  return schema::boolean_term(Field::kMentions, schema::date_key(m.first_day, precision));
}

}  // namespace

DocumentBuilder::DocumentBuilder(std::string default_language, bool index_stems)
    : default_language_(std::move(default_language)), index_stems_(index_stems) {
  // STEM_NONE leaves out each word's second, stemmed term: the term Xapian's single-threaded
  // writer would otherwise take, which is what bounds indexing on two cores.
  generator_.set_stemming_strategy(index_stems_ ? Xapian::TermGenerator::STEM_SOME
                                                : Xapian::TermGenerator::STEM_NONE);
  // Chinese, Japanese and Korean runs of text become single characters (with positions) and
  // pairs of characters, so a word inside a sentence is found; the query parser and snippets
  // split queries the same way (searcher/src/query_builder.cpp, snippets.cpp).
  generator_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
}

const Xapian::Stem& DocumentBuilder::stemmer_for(const std::string& code) {
  auto it = stemmers_.find(code);
  // Another language's stems are marked with it, so they never meet the default's
  // (language_stems.h).
  if (it == stemmers_.end())
    it = stemmers_.emplace(code, language_stemmer(code, default_stemming_language())).first;
  return it->second;
}

// An article in a language without a stemmer (Chinese), or of an undetermined one, is stemmed
// as the archive's default language, as every article was before identification.
std::string DocumentBuilder::stemming_language(const Article& a) const {
  return language_code(a.language).value_or(default_stemming_language());
}

std::string DocumentBuilder::default_stemming_language() const {
  return language_code(default_language_).value_or("en");
}

// The stated or identified language; the default only for an article no one identified.
std::string DocumentBuilder::facet_language(const Article& a) const {
  return a.language.empty() ? stemming_language(a) : a.language;
}

Xapian::Document DocumentBuilder::build(const Article& a) {
  Xapian::Document doc;
  generator_.set_document(doc);
  add_text_fields(a);
  add_filter_terms(a, doc);
  add_values(a, doc);
  doc.set_data(stored::encode_data(a));
  // The generator would keep a reference to the document until the next build. Xapian's
  // reference counts are not atomic, and the document goes on to a writer thread: drop it here.
  generator_.set_document(Xapian::Document());
  return doc;
}

void DocumentBuilder::add_text_fields(const Article& a) {
  if (index_stems_) generator_.set_stemmer(stemmer_for(stemming_language(a)));
  // The title is indexed twice: in its own field for title:, and in the unprefixed field with
  // a higher within-document frequency so that a word in the headline outweighs one in the body.
  // Arabic-script text is indexed in one spelling, the one queries are parsed in.
  const std::string title = normalise_arabic_script(a.title);
  generator_.index_text(title, schema::kTitleWeight);
  generator_.increase_termpos(schema::kTitleBodyGap);
  generator_.index_text(normalise_arabic_script(a.body));
  generator_.increase_termpos(schema::kTitleBodyGap);
  generator_.index_text(title, 1, std::string(schema::prefix(Field::kTitle)));
  for (const auto& author : a.authors) {
    generator_.increase_termpos(schema::kTitleBodyGap);
    generator_.index_text(normalise_arabic_script(author), 1,
                          std::string(schema::prefix(Field::kAuthor)));
  }
}

void DocumentBuilder::add_filter_terms(const Article& a, Xapian::Document& doc) const {
  doc.add_boolean_term(schema::boolean_term(Field::kId, a.id));
  if (!a.source.empty()) doc.add_boolean_term(schema::filter_term(Field::kSource, a.source));
  doc.add_boolean_term(schema::boolean_term(Field::kLanguage, facet_language(a)));
  if (!a.url.empty()) doc.add_boolean_term(schema::filter_term(Field::kUrl, a.url));
  if (a.published) {
    using enum schema::DatePrecision;
    const auto day = std::chrono::floor<std::chrono::days>(*a.published);
    doc.add_boolean_term(schema::boolean_term(Field::kYear, schema::date_key(day, kYear)));
    doc.add_boolean_term(schema::boolean_term(Field::kMonth, schema::date_key(day, kMonth)));
    doc.add_boolean_term(schema::boolean_term(Field::kDay, schema::date_key(day, kDay)));
  }
  if (!a.cluster.empty()) doc.add_boolean_term(schema::boolean_term(Field::kCluster, a.cluster));
  for (const auto& [kind, value] : a.labels)
    doc.add_boolean_term(schema::filter_term(Field::kLabel, kind + "/" + value));
  for (const auto& e : a.entities) {
    if (e.type == EntityType::kMisc) continue;
    doc.add_boolean_term(schema::boolean_term(facet_field(e.type), e.key));
    // News calls an organisation by its first word once it has named it ("Goldman", "Merrill",
    // "Lehman"), so org:goldman finds "Goldman Sachs": the first word of an organisation's key
    // is a filter term too.
    if (const auto space = e.key.find(' ');
        e.type == EntityType::kOrganisation && space != std::string::npos) {
      doc.add_boolean_term(schema::boolean_term(Field::kOrganisation, e.key.substr(0, space)));
    }
    // People are mostly named by surname alone, so person:khamenei finds "Ali Khamenei": each
    // word of a person's key is a filter term too.
    if (e.type == EntityType::kPerson && e.key.find(' ') != std::string::npos) {
      std::size_t start = 0;
      while (start < e.key.size()) {
        const auto end = std::min(e.key.find(' ', start), e.key.size());
        doc.add_boolean_term(
            schema::boolean_term(Field::kPerson, e.key.substr(start, end - start)));
        start = end + 1;
      }
    }
  }
  for (const auto& place : a.datelines)
    doc.add_boolean_term(schema::filter_term(Field::kDateline, place));
  for (const auto& m : a.mentions) {
    // Every mention is findable at year and month level; day level only when the text named a day.
    using enum schema::DatePrecision;
    doc.add_boolean_term(mention_term(m, kYear));
    if (m.granularity == DateGranularity::kDay || m.granularity == DateGranularity::kWeek ||
        m.granularity == DateGranularity::kMonth)
      doc.add_boolean_term(mention_term(m, kMonth));
    if (m.granularity == DateGranularity::kDay) doc.add_boolean_term(mention_term(m, kDay));
  }
}

void DocumentBuilder::add_values(const Article& a, Xapian::Document& doc) const {
  if (a.published) {
    doc.add_value(schema::slot(Field::kDate), stored::encode_time(*a.published));
    doc.add_value(schema::slot(Field::kDay),
                  schema::date_key(std::chrono::floor<std::chrono::days>(*a.published),
                                   schema::DatePrecision::kDay));
  }
  if (!a.source.empty()) doc.add_value(schema::slot(Field::kSource), a.source);
  doc.add_value(schema::slot(Field::kLanguage), facet_language(a));  // for the lang facet
  if (!a.fingerprint.empty()) doc.add_value(schema::slot(Field::kFingerprint), a.fingerprint);
  if (!a.cluster.empty()) {
    doc.add_value(schema::slot(Field::kCluster), a.cluster);
    doc.add_value(schema::slot(Field::kCollapseKey), stored::encode_hash64(a.cluster));
  }
  if (!a.duplicate_signature.empty())
    doc.add_value(schema::slot(Field::kDuplicateSignature), a.duplicate_signature);

  // The publisher naming itself ("told Reuters", "a Reuters poll") stays findable by org: but is
  // no facet value: in its own archive it would label a third of the articles with their source.
  const std::string own_source = a.source.empty() ? std::string() : entity_key(a.source);
  for (const EntityType t : {EntityType::kPerson, EntityType::kOrganisation, EntityType::kPlace}) {
    std::vector<stored::FacetEntry> entries;
    std::set<std::string> seen;
    for (const auto& e : a.entities)
      if (e.type == t && e.key != own_source && seen.insert(e.key).second)
        entries.push_back({e.key, e.display});
    if (!entries.empty())
      doc.add_value(schema::slot(facet_field(t)), stored::encode_facets(entries));
  }
  std::vector<stored::FacetEntry> days;
  std::set<std::string> seen_days;
  for (const auto& m : a.mentions)
    if (const auto k = schema::date_key(m.first_day, schema::DatePrecision::kDay);
        seen_days.insert(k).second)
      days.push_back({k, m.text});
  if (!days.empty()) doc.add_value(schema::slot(Field::kMentions), stored::encode_facets(days));
}

}  // namespace newsarchive::indexer
