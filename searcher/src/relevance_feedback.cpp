#include "relevance_feedback.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "newsarchive/common/language_stems.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/stopwords.h"
#include "stem_groups.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

// Tuned on the odd-numbered TIME queries (1,000 settings), then checked on the even ones; the
// figures are in docs/query-syntax.md. Five articles, thirty words; an article counts by the
// cube of its score relative to the best one; the added words together weigh three times the
// query's own terms.
constexpr Xapian::doccount kFeedbackArticles = 5;
constexpr std::size_t kAddedWords = 30;
constexpr double kScorePower = 3.0;
constexpr double kAddedWeight = 3.0;

bool is_lower_letter(char c) {
  return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// Body words, at least two letters, no digits, whose stem is not a stopword's: the words that
// can say what an article is about (names and numbers are in the query already, or should be).
// Each counts towards its stem in the article's own language: the archive's stem term
// ("Zelect", "Zfr:élect" for a French article in an English archive), or for an archive stemmed
// at search time, the same stem of its word (stem_groups.h groups it back into words).
class Candidates {
 public:
  Candidates(const std::string& language, const std::string& default_language, bool words)
      : stemmer_(language_stemmer(language, default_language)),
        stems_from_(std::string(schema::kStemMarkerString) +
                    schema::stem_language_mark(language, default_language)),
        words_(words) {
    for (const auto w : stopwords(language)) stopword_stems_.insert(stem_term(std::string(w)));
  }
  // Where the candidates begin in an article's sorted term list.
  std::string first() const { return words_ ? "a" : stems_from_; }
  // The stem term `term` counts towards; "" when it is not a candidate, and nullopt when no term
  // from here on can be one.
  std::optional<std::string> operator()(const std::string& term) const {
    if (!words_ && !term.starts_with(stems_from_)) return std::nullopt;
    const auto letters = words_ ? term.begin() : term.begin() + stems_from_.size();
    if (letters == term.end() || !std::all_of(letters, term.end(), is_lower_letter)) return "";
    const std::string stem = words_ ? stem_term(term) : term;
    if (stem.size() < stems_from_.size() + 2 || stopword_stems_.contains(stem)) return "";
    return stem;
  }

 private:
  std::string stem_term(const std::string& word) const {
    return schema::kStemMarker + stemmer_(word);
  }

  Xapian::Stem stemmer_;
  std::string stems_from_;  // what every stem term of the language begins with
  bool words_;
  std::unordered_set<std::string> stopword_stems_;
};

// The language an article was stemmed in: its own when Xapian has a stemmer for it, else the
// archive's default (as the indexer chose, document_builder.cpp).
std::string stemming_language_of(const Xapian::Document& article,
                                 const std::string& default_language) {
  return language_code(article.get_value(schema::slot(schema::Field::kLanguage)))
      .value_or(default_language);
}

}  // namespace

std::size_t text_term_count(const Xapian::Query& query) {
  std::size_t n = 0;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t)
    if (!text_word(*t).empty()) ++n;
  return n;
}

Expansion expand_by_feedback(const Xapian::Database& db, const Xapian::Query& query,
                             std::size_t query_terms, const Xapian::Weight& weighting,
                             StemGroups& groups, const std::string& default_language) {
  Expansion out{query, {}};
  if (query_terms == 0) return out;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(weighting);
  const Xapian::MSet best = enquire.get_mset(0, kFeedbackArticles);
  if (best.empty() || best.begin().get_weight() <= 0) return out;

  std::map<std::string, Candidates> candidates_of;  // by language
  const double top_score = best.begin().get_weight();
  std::unordered_map<std::string, double> weight_of;
  for (auto hit = best.begin(); hit != best.end(); ++hit) {
    const std::string language = stemming_language_of(hit.get_document(), default_language);
    const Candidates& candidate =
        candidates_of.try_emplace(language, language, default_language, groups.active())
            .first->second;
    std::unordered_map<std::string, Xapian::termcount> words;
    double length = 0;
    auto t = db.termlist_begin(*hit);
    for (t.skip_to(candidate.first()); t != db.termlist_end(*hit); ++t) {
      const auto stem = candidate(*t);
      if (!stem) break;
      if (stem->empty()) continue;
      words[*stem] += t.get_wdf();
      length += t.get_wdf();
    }
    if (length == 0) continue;
    const double article_weight = std::pow(hit.get_weight() / top_score, kScorePower);
    for (const auto& [term, wdf] : words) weight_of[term] += wdf / length * article_weight;
  }
  std::vector<std::pair<std::string, double>> ranked(weight_of.begin(), weight_of.end());
  const std::size_t keep = std::min(kAddedWords, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end(), [](const auto& a, const auto& b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                    });
  ranked.resize(keep);
  double total = 0;
  for (const auto& r : ranked) total += r.second;
  if (total <= 0) return out;

  std::vector<Xapian::Query> added;
  for (const auto& [term, w] : ranked) {
    const double scale = kAddedWeight * static_cast<double>(query_terms) * w / total;
    added.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, groups.group(term), scale);
    out.terms.push_back(describe_term(term, scale));
  }
  // AND_MAYBE: the added words rank what the query matches, and match nothing on their own.
  out.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                            Xapian::Query(Xapian::Query::OP_OR, added.begin(), added.end()));
  return out;
}

}  // namespace newsarchive::searcher
