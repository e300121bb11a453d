#include "query_languages.h"

#include <algorithm>
#include <set>

#include "newsarchive/common/language_stems.h"
#include "newsarchive/common/schema.h"
#include "newsarchive/text/languages.h"
#include "newsarchive/text/stopwords.h"
#include "query_rewrite.h"
#include "term_names.h"

namespace newsarchive::searcher {
namespace {

using schema::Field;

std::string stemming_language(const std::string& code, const std::string& default_code) {
  return language_code(code).value_or(default_code);
}

class WordKeeper final : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override { return word; }
  std::string get_description() const override { return "words as written"; }
};

bool is_stopword(const std::string& code, const std::string& word) {
  const auto list = stopwords(code);
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool has_letter(const std::string& word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z');
  });
}

// The lang: terms of `query` outside the excluded side of an AND_NOT.
void collect_named(const Xapian::Query& query, const std::string& default_code,
                   std::set<std::string>& out) {
  const auto prefix = schema::prefix(Field::kLanguage);
  if (query.get_type() == Xapian::Query::LEAF_TERM) {
    const std::string term = *query.get_terms_begin();
    if (term.size() > prefix.size() && term.starts_with(prefix) && term[prefix.size()] != ':')
      out.insert(stemming_language(term.substr(prefix.size()), default_code));
    return;
  }
  const std::size_t kept = query.get_type() == Xapian::Query::OP_AND_NOT
                               ? std::min<std::size_t>(1, query.get_num_subqueries())
                               : query.get_num_subqueries();
  for (std::size_t i = 0; i < kept; ++i) collect_named(query.get_subquery(i), default_code, out);
}

// Each language's stemmer, and the OR of a word's stems in them.
// The words the parser chose to stem ("Z" terms).
std::vector<std::string> stemmed_words(const Xapian::Query& query) {
  std::vector<std::string> out;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t)
    if (auto word = split_stemmed_term(*t).second; !word.empty()) out.push_back(std::move(word));
  return out;
}

class LanguageStemmers {
 public:
  // Stopwords are left out in a language unless every stemmed word of the query is one of its
  // stopwords (then they are what was asked for), and never in the default language, whose
  // stopwords the query parser has already dealt with in the same way.
  LanguageStemmers(const Xapian::Database& db, const std::vector<std::string>& languages,
                   const std::string& default_code, const std::vector<std::string>& words,
                   bool stems_indexed)
      : db_(db), stems_indexed_(stems_indexed) {
    for (const auto& code : languages) {
      const bool all_stopwords = std::all_of(words.begin(), words.end(),
                                             [&](const auto& w) { return is_stopword(code, w); });
      stemmers_.push_back(
          {code, language_stemmer(code, default_code), code != default_code && !all_stopwords});
    }
  }

  // The stems of `word` in `prefix`'s field, in every language for which it is no stopword.
  // A stem no article holds is left out (the matcher would open its empty posting list for
  // nothing), unless none is held: then the first stays, and matches nothing as before.
  Xapian::Query stems(const std::string& prefix, const std::string& word) {
    std::vector<std::string> terms;
    for (auto& [code, stem, drops_stopwords] : stemmers_)
      if (!drops_stopwords || !is_stopword(code, word))
        terms.push_back(stem_term(prefix, stem, word));
    if (terms.empty())
      for (auto& l : stemmers_) terms.push_back(stem_term(prefix, l.stem, word));
    std::vector<Xapian::Query> held;
    for (const auto& t : terms)
      if (held_or_grouped(t)) held.emplace_back(t);
    if (held.empty() && !terms.empty()) held.emplace_back(terms.front());
    if (held.size() == 1) return held.front();
    return Xapian::Query(Xapian::Query::OP_OR, held.begin(), held.end());
  }

  // A word the parser left unstemmed (capitalised): as written, or its stem in a language that
  // capitalises nouns.
  Xapian::Query capitalised(const Xapian::Query& leaf, const std::string& prefix,
                            const std::string& word) {
    std::vector<Xapian::Query> alternatives{leaf};
    for (auto& [code, stem, drops_stopwords] : stemmers_) {
      if (!stems_capitalised_words(code) || (drops_stopwords && is_stopword(code, word))) continue;
      if (const auto term = stem_term(prefix, stem, word); held_or_grouped(term))
        alternatives.emplace_back(term);
    }
    if (alternatives.size() == 1) return leaf;
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }

 private:
  static std::string stem_term(const std::string& prefix, Xapian::Stem& stem,
                               const std::string& word) {
    return std::string(schema::kStemMarkerString) + prefix + stem(word);
  }

  // Whether `term` is worth keeping: one some article holds, or in an archive stemmed at search
  // time any stem (its words are found later).
  bool held_or_grouped(const std::string& term) const {
    return !stems_indexed_ || db_.term_exists(term);
  }

  struct Language {
    std::string code;
    Xapian::Stem stem;
    bool drops_stopwords;
  };
  const Xapian::Database& db_;
  bool stems_indexed_;
  std::vector<Language> stemmers_;
};

}  // namespace

std::vector<std::string> archive_stemming_languages(const Xapian::Database& db,
                                                    const std::string& default_code) {
  const std::string prefix(schema::prefix(Field::kLanguage));
  std::set<std::string> out;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string value = (*t).substr(prefix.size());
    if (!value.empty() && value.front() != ':') out.insert(stemming_language(value, default_code));
  }
  return {out.begin(), out.end()};
}

std::vector<std::string> named_stemming_languages(const Xapian::Query& query,
                                                  const std::string& default_code) {
  std::set<std::string> out;
  collect_named(query, default_code, out);
  return {out.begin(), out.end()};
}

bool default_stems_suffice(const std::vector<std::string>& languages,
                           const std::string& default_code) {
  const bool only_default = std::all_of(languages.begin(), languages.end(),
                                        [&](const auto& code) { return code == default_code; });
  return only_default && !stems_capitalised_words(default_code);
}

Xapian::Stem word_keeping_stemmer() {
  return Xapian::Stem(new WordKeeper);
}

Xapian::Query stem_for_languages(const Xapian::Query& query, const Xapian::Database& db,
                                 const std::vector<std::string>& languages,
                                 const std::string& default_code, bool stems_indexed) {
  LanguageStemmers stemmers(db, languages, default_code, stemmed_words(query), stems_indexed);
  return replace_terms(query, [&](const Xapian::Query& leaf, const std::string& term) {
    if (const auto [prefix, word] = split_stemmed_term(term); !word.empty())
      return stemmers.stems(prefix, word);
    const std::string word = text_word(term);
    if (word.empty() || !has_letter(word)) return leaf;
    return stemmers.capitalised(leaf, term.substr(0, term.size() - word.size()), word);
  });
}

}  // namespace newsarchive::searcher
