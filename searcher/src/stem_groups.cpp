#include "stem_groups.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <queue>
#include <span>

#include "newsarchive/common/language_stems.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/utf8.h"
#include "query_rewrite.h"
#include "ranking.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

// Snowball's English stemmer keeps a word's start and changes at most the stem's last letter
// ("cries" -> "cri", "ability" -> "abil", "hoping" -> "hope"), except for three words of its
// exception list. Checked on every one of the 38,806 words of a financial news shard: only
// these three did not begin with their stem less its last letter.
constexpr std::pair<std::string_view, std::string_view> kEnglishExceptions[] = {
    {"die", "dying"}, {"lie", "lying"}, {"tie", "tying"}};

// Other languages' stemmers are not checked word by word: their key is the first three
// letters, as for highlighting (snippets.cpp).
constexpr std::size_t kOtherKeyLetters = 3;

// The byte offsets at which each UTF-8 character of `s` begins.
std::vector<std::size_t> char_starts(const std::string& s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!text::is_utf8_continuation(static_cast<unsigned char>(s[i]))) out.push_back(i);
  return out;
}

// What every word whose stem is `stem` begins with.
std::string scan_key(const std::string& stem, bool english) {
  const auto starts = char_starts(stem);
  if (starts.size() <= 1) return stem;
  const std::size_t keep =
      english ? starts.size() - 1 : std::min(kOtherKeyLetters, starts.size() - 1);
  return stem.substr(0, starts[keep]);
}

// A letter a stem may begin with, and the other letters its words may begin with instead.
struct FirstLetter {
  std::string_view in_stem;
  std::array<std::string_view, 3> in_words;
};

// Greek's stemmer drops the accents ("γέφυρα" -> "γεφυρ"): a word begins with its stem's first
// letter, with or without an accent.
constexpr std::array<FirstLetter, 7> kGreekLetters{{{"α", {"ά"}},
                                                    {"ε", {"έ"}},
                                                    {"η", {"ή"}},
                                                    {"ι", {"ί", "ϊ", "ΐ"}},
                                                    {"ο", {"ό"}},
                                                    {"υ", {"ύ", "ϋ", "ΰ"}},
                                                    {"ω", {"ώ"}}}};

// Serbian's stemmer (Croatian's and Bosnian's too) writes its stems in Latin letters whatever the
// word's script ("избори" -> "izbor"): a word begins with its stem's first letter in Latin or in
// one of the Cyrillic letters it stands for (digraphs included: "lj" is "љ").
constexpr std::array<FirstLetter, 27> kSerbianLetters{{
    {"a", {"а"}},      {"b", {"б"}},      {"c", {"ц"}}, {"č", {"ч"}}, {"ć", {"ћ"}},
    {"d", {"д", "џ"}}, {"đ", {"ђ"}},      {"e", {"е"}}, {"f", {"ф"}}, {"g", {"г"}},
    {"h", {"х"}},      {"i", {"и"}},      {"j", {"ј"}}, {"k", {"к"}}, {"l", {"л", "љ"}},
    {"m", {"м"}},      {"n", {"н", "њ"}}, {"o", {"о"}}, {"p", {"п"}}, {"r", {"р"}},
    {"s", {"с"}},      {"š", {"ш"}},      {"t", {"т"}}, {"u", {"у"}}, {"v", {"в"}},
    {"z", {"з"}},      {"ž", {"ж"}},
}};

// For a stemmer whose stems need not begin as their words do: the stem's first letter and the
// letters `letters` says its words may begin with instead.
std::vector<std::string> first_letter_keys(const std::string& stem,
                                           std::span<const FirstLetter> letters) {
  const auto starts = char_starts(stem);
  const std::string first = stem.substr(0, starts.size() > 1 ? starts[1] : stem.size());
  std::vector<std::string> keys{first};
  for (const FirstLetter& l : letters)
    if (first == l.in_stem)
      for (const auto other : l.in_words)
        if (!other.empty()) keys.emplace_back(other);
  return keys;
}

// The beginnings a word with `stem` (of `language`, unmarked) may have in the archive.
std::vector<std::string> scan_keys(const std::string& stem, const std::string& language,
                                   bool english) {
  const std::string stemmer = snowball_name(language);
  if (stemmer == "greek") return first_letter_keys(stem, kGreekLetters);
  if (stemmer == "serbian") return first_letter_keys(stem, kSerbianLetters);
  return {scan_key(stem, english)};
}

}  // namespace

StemGroups::StemGroups(const Xapian::Database& db, Xapian::Stem stemmer,
                       std::string default_language, StemGroupCache* cache, bool active)
    : db_(db),
      stemmer_(std::move(stemmer)),
      default_language_(std::move(default_language)),
      active_(active),
      cache_(cache) {
  if (cache_ && active_) snapshot_ = StemGroupCache::snapshot_of(db_);
}

Xapian::Stem& StemGroups::stemmer_of(const std::string& language) {
  if (language.empty()) return stemmer_;
  auto it = marked_stemmers_.find(language);
  // With no default named, every language's stems carry its mark, as the indexer's do.
  if (it == marked_stemmers_.end())
    it = marked_stemmers_.emplace(language, language_stemmer(language, "")).first;
  return it->second;
}

std::vector<std::string> StemGroups::words_with_stem(const std::string& prefix,
                                                     const std::string& stem) {
  const auto [language, bare_stem] = split_language_mark(stem);
  Xapian::Stem& stemmer = stemmer_of(language);
  std::vector<std::string> out;
  const auto consider = [&](const std::string& term) {
    const std::string word = term.substr(prefix.size());
    if (!is_plain_word(word)) return;
    if (stemmer(word) == stem) out.push_back(term);
  };
  // The default language's stems carry no mark.
  const std::string& stem_language = language.empty() ? default_language_ : language;
  const bool english = stem_language == "en";
  const std::vector<std::string> keys = scan_keys(bare_stem, stem_language, english);
  // Words as written keep their elided article ("l'élection"): they are scanned for too.
  std::vector<std::string> starts;
  for (const auto& key : keys) {
    starts.push_back(prefix + key);
    for (const auto elided : elided_words(language))
      starts.push_back(prefix + std::string(elided) + "'" + key);
  }
  for (const auto& from : starts)
    for (auto t = db_.allterms_begin(from); t != db_.allterms_end(from); ++t) consider(*t);
  if (english) {
    for (const auto& [exception_stem, word] : kEnglishExceptions) {
      const std::string term = prefix + std::string(word);
      if (stem == exception_stem && db_.term_exists(term)) consider(term);
    }
  }
  return out;
}

Xapian::Query StemGroups::group(const std::string& stemmed_term) {
  if (!active_) return Xapian::Query(stemmed_term);
  if (const auto it = groups_.find(stemmed_term); it != groups_.end()) return it->second;
  const auto [prefix, stem] = split_stemmed_term(stemmed_term);
  Xapian::Query q(stemmed_term);
  if (!stem.empty()) {
    auto found = cache_ ? cache_->find(snapshot_, stemmed_term) : std::nullopt;
    if (!found) {
      found.emplace();
      found->words = words_with_stem(prefix, stem);
      if (found->words.size() > 1) found->weight_factor = one_term_factor(found->words);
      if (cache_) cache_->store(snapshot_, stemmed_term, *found);
    }
    const auto& words = found->words;
    for (const auto& w : words) stem_of_word_.emplace(w, stemmed_term);
    if (words.size() == 1) {
      q = Xapian::Query(words.front());
    } else if (words.size() > 1) {
      q = Xapian::Query(Xapian::Query::OP_SYNONYM, words.begin(), words.end());
      if (found->weight_factor != 1.0)
        q = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, found->weight_factor);
    }
    // Another language's stem matches its words in that language's articles only, as its
    // marked stem term does in an archive that indexes stems.
    if (const auto language = split_language_mark(stem).first; !language.empty() && !words.empty())
      q = Xapian::Query(Xapian::Query::OP_FILTER, q, articles_in(language));
  }
  groups_.emplace(stemmed_term, q);
  return q;
}

Xapian::Query StemGroups::articles_in(const std::string& language) const {
  const std::string prefix(schema::prefix(schema::Field::kLanguage));
  std::vector<std::string> terms;
  for (auto t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t)
    if (language_code((*t).substr(prefix.size())) == language) terms.push_back(*t);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

double StemGroups::one_term_factor(const std::vector<std::string>& words) const {
  // Xapian's estimate of how many articles hold any of the words, as its matcher makes it: the
  // two rarest are OR'd as P(a) + P(b) - P(a)P(b), rounded to a count, and so on up the tree.
  const double n = db_.get_doccount();
  std::priority_queue<double, std::vector<double>, std::greater<>> counts;
  for (const auto& w : words) counts.push(db_.get_termfreq(w));
  while (counts.size() > 1) {
    const double a = counts.top();
    counts.pop();
    const double b = counts.top();
    counts.pop();
    counts.push(std::floor(a + b - a * b / n + 0.5));
  }
  const double estimated = counts.top();
  // The true count, by a boolean match over the words' postings.
  Xapian::Enquire count(db_);
  count.set_query(Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()));
  count.set_weighting_scheme(Xapian::BoolWeight());
  const double exact = count.get_mset(0, 0, db_.get_doccount()).get_matches_lower_bound();
  return frequency_correction(estimated, exact);
}

std::string StemGroups::stem_of(const std::string& word) const {
  const auto it = stem_of_word_.find(word);
  return it == stem_of_word_.end() ? std::string() : it->second;
}

Xapian::Query StemGroups::expand(const Xapian::Query& query) {
  if (!active_) return query;
  return replace_terms(query, [this](const Xapian::Query& leaf, const std::string& term) {
    return split_stemmed_term(term).second.empty() ? leaf : group(term);
  });
}

}  // namespace newsarchive::searcher
