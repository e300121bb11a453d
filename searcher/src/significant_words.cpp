#include "significant_words.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "newsarchive/text/stopwords.h"
#include "ranking.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

// Candidates ask for more than are shown: one word per stem is kept, so the expansion's
// "prices" and "price" take one place.
constexpr std::size_t kCandidatesPerWord = 3;

// A word has a letter: "216,095" and "1987" say nothing about a topic.
bool has_letter(const std::string& term) {
  return std::any_of(term.begin(), term.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

// Plain words only (prefixed and stemmed terms start with a capital), neither stopwords nor
// numbers nor single characters, and none the query searched for.
class ReadableWords final : public Xapian::ExpandDecider {
 public:
  ReadableWords(const std::string& language, const Xapian::Stem& stemmer,
                std::set<std::string> query_stems)
      : stopwords_(stopwords(language)), stemmer_(stemmer), query_stems_(std::move(query_stems)) {}

  bool operator()(const std::string& term) const override {
    if (term.size() < 2 || !is_plain_word(term) || !has_letter(term)) return false;
    if (std::find(stopwords_.begin(), stopwords_.end(), term) != stopwords_.end()) return false;
    return !query_stems_.contains(stemmer_(term));
  }

 private:
  std::span<const std::string_view> stopwords_;
  Xapian::Stem stemmer_;
  std::set<std::string> query_stems_;
};

// The stems of every word the query searches for, in any field and under any stem grouping.
std::set<std::string> query_stems(const Xapian::Query& query, const Xapian::Stem& stemmer) {
  std::set<std::string> stems;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    const std::string word = text_word(*t);
    if (word.empty()) continue;
    stems.insert(word);  // a stemmed term's word is its stem already
    stems.insert(stemmer(word));
  }
  return stems;
}

// The best matches, as Xapian's relevance set.
Xapian::RSet best_matches(const DerivedFacetContext& context) {
  Xapian::Enquire enquire(context.db);
  enquire.set_query(context.query);
  const auto weighting = make_weight();
  enquire.set_weighting_scheme(*weighting);
  Xapian::RSet rset;
  const Xapian::MSet best = enquire.get_mset(0, kWordsRelevanceSet);
  for (auto it = best.begin(); it != best.end(); ++it) rset.add_document(*it);
  return rset;
}

// Matches that contain `word`, counted exactly.
std::uint64_t matches_with(const DerivedFacetContext& context, const std::string& word) {
  Xapian::Enquire enquire(context.db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, context.query, Xapian::Query(word)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, context.db.get_doccount()).get_matches_lower_bound();
}

}  // namespace

FacetResult significant_words(const DerivedFacetContext& context, std::size_t size) {
  FacetResult out;
  out.field = std::string(kWordsFacet);
  const Xapian::RSet rset = best_matches(context);
  if (rset.empty() || size == 0) return out;
  const ReadableWords decider(context.language, context.stemmer,
                              query_stems(context.query, context.stemmer));
  Xapian::Enquire enquire(context.db);
  enquire.set_expansion_scheme("bo1");
  const auto candidates = static_cast<Xapian::termcount>(size * kCandidatesPerWord);
  const Xapian::ESet eset = enquire.get_eset(candidates, rset, &decider);
  // Equal weights (words every match has, as often as the archive has them) in word order.
  std::vector<std::pair<double, std::string>> ranked;
  for (auto t = eset.begin(); t != eset.end(); ++t) ranked.emplace_back(-t.get_weight(), *t);
  std::sort(ranked.begin(), ranked.end());
  std::set<std::string> stems_shown;
  for (const auto& [weight, word] : ranked) {
    if (out.values.size() == size) break;
    if (!stems_shown.insert(context.stemmer(word)).second) continue;
    out.values.push_back({word, word, matches_with(context, word)});
  }
  return out;
}

}  // namespace newsarchive::searcher
