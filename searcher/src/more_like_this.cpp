#include "more_like_this.h"

#include <algorithm>

#include "newsarchive/common/schema.h"
#include "newsarchive/text/stopwords.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

// Enough words to characterise a news story (its names, places and subject), few enough that
// the query stays about that story.
constexpr Xapian::termcount kLikeTerms = 20;

// Expand terms worth querying: plain words (the stemmed and field copies would count a word
// twice), not stopwords, not bare numbers, not single letters.
class WordsOnly final : public Xapian::ExpandDecider {
 public:
  explicit WordsOnly(const std::string& language) : stopwords_(stopwords(language)) {}
  bool operator()(const std::string& term) const override {
    if (term.size() < 2 || !is_plain_word(term)) return false;
    if (std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    return std::find(stopwords_.begin(), stopwords_.end(), term) == stopwords_.end();
  }

 private:
  std::span<const std::string_view> stopwords_;
};

// The article's own language (its lang value, from identification or its source) when it has a
// stopword list; else `fallback`, the archive's default: a French article's "les" and "dans"
// are no more telling than an English one's "the".
std::string language_of(const Xapian::Database& db, Xapian::docid did,
                        const std::string& fallback) {
  const std::string own = db.get_document(did).get_value(schema::slot(schema::Field::kLanguage));
  return !own.empty() && !stopwords(own).empty() ? own : fallback;
}

}  // namespace

LikeQuery more_like_this(const Xapian::Database& db, const std::string& id,
                         const std::string& language) {
  const std::string id_term = schema::boolean_term(schema::Field::kId, id);
  auto it = db.postlist_begin(id_term);
  if (it == db.postlist_end(id_term))
    throw QueryError("--like " + id + ": no article with this id");
  Xapian::RSet relevant;
  relevant.add_document(*it);
  Xapian::Enquire enquire(db);
  const WordsOnly decider(language_of(db, *it, language));
  const Xapian::ESet eset = enquire.get_eset(kLikeTerms, relevant, &decider);
  if (eset.empty()) throw QueryError("--like " + id + ": the article has no words to compare");
  LikeQuery out;
  std::vector<std::string> terms;
  for (auto t = eset.begin(); t != eset.end(); ++t) {
    out.terms.push_back(describe_term(*t, t.get_weight()));
    terms.push_back(*t);
  }
  // A plain OR, as Omega's "similar documents" does: the ranking then favours candidates that share
  // the article's rarer words, and --explain's per-term weights add up to each score.
  out.query = Xapian::Query(Xapian::Query::OP_AND_NOT,
                            Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                            Xapian::Query(id_term));
  return out;
}

}  // namespace newsarchive::searcher
