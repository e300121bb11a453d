#include "newsarchive/common/language_stems.h"

#include <libstemmer.h>

#include <array>
#include <span>

#include "newsarchive/common/schema.h"
#include "newsarchive/text/languages.h"

namespace newsarchive {
namespace {

// The words that lose their vowel before a vowel, written with the apostrophe ("l'", "qu'"),
// lower case; a capitalised one ("L'Élection") is lower-cased by the tokenizer before stemming.
constexpr std::array<std::string_view, 14> kFrenchElided{
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"};
constexpr std::array<std::string_view, 18> kItalianElided{
    "l",   "d",    "c",    "s",    "m",    "t",     "v",     "un",     "dell",
    "all", "dall", "nell", "sull", "coll", "quest", "quell", "nessun", "tutt"};
constexpr std::array<std::string_view, 6> kCatalanElided{"l", "d", "s", "m", "n", "t"};

// A Snowball stemmer Xapian 1.4 does not ship, from libstemmer. Like Xapian's own, one instance
// is for one thread at a time (libstemmer's stemmer keeps its working buffer).
class LibstemmerStemmer final : public Xapian::StemImplementation {
 public:
  explicit LibstemmerStemmer(std::string name)
      : name_(std::move(name)), stemmer_(sb_stemmer_new(name_.c_str(), "UTF_8")) {
    if (stemmer_ == nullptr)
      throw Xapian::InvalidArgumentError("Language code " + name_ + " unknown");
  }
  ~LibstemmerStemmer() override { sb_stemmer_delete(stemmer_); }
  LibstemmerStemmer(const LibstemmerStemmer&) = delete;
  LibstemmerStemmer& operator=(const LibstemmerStemmer&) = delete;

  std::string operator()(const std::string& word) override {
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (stem == nullptr) return word;  // out of memory: the word unstemmed
    return {reinterpret_cast<const char*>(stem),
            static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
  }
  std::string get_description() const override { return "Xapian::Stem(libstemmer " + name_ + ")"; }

 private:
  std::string name_;
  sb_stemmer* stemmer_;
};

// Whether Xapian itself has the stemmer called `name`: the list is fixed for the library's life.
bool xapian_has_stemmer(const std::string& name) {
  static const std::string available = " " + Xapian::Stem::get_available_languages() + " ";
  return available.find(" " + name + " ") != std::string::npos;
}

// Elision dropped, then Snowball's stem, then the language's mark.
class MarkedStemmer final : public Xapian::StemImplementation {
 public:
  MarkedStemmer(const std::string& code, std::string mark)
      : code_(code), mark_(std::move(mark)), stem_(snowball_stemmer(code)) {}
  std::string operator()(const std::string& word) override {
    return mark_ + stem_(std::string(without_elision(code_, word)));
  }
  std::string get_description() const override {
    return "newsarchive " + code_ + " (" + stem_.get_description() + ")";
  }

 private:
  std::string code_;
  std::string mark_;
  Xapian::Stem stem_;
};

}  // namespace

std::span<const std::string_view> elided_words(std::string_view code) {
  if (code == "fr") return kFrenchElided;
  if (code == "it") return kItalianElided;
  if (code == "ca") return kCatalanElided;
  return {};
}

std::string_view without_elision(std::string_view language_code, std::string_view word) {
  const auto apostrophe = word.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe + 1 >= word.size()) return word;
  const auto head = word.substr(0, apostrophe);
  for (const auto elided : elided_words(language_code))
    if (head == elided) return word.substr(apostrophe + 1);
  return word;
}

Xapian::Stem snowball_stemmer(std::string_view language_code) {
  const std::string name = snowball_name(language_code);
  if (name == "none" || xapian_has_stemmer(name)) return Xapian::Stem(name);
  return Xapian::Stem(new LibstemmerStemmer(name));
}

Xapian::Stem language_stemmer(const std::string& language_code, const std::string& default_code) {
  const std::string mark = schema::stem_language_mark(language_code, default_code);
  if (mark.empty() && elided_words(language_code).empty()) return snowball_stemmer(language_code);
  return Xapian::Stem(new MarkedStemmer(language_code, mark));
}

std::pair<std::string, std::string> split_language_mark(const std::string& stem) {
  const auto mark_end = stem.find(schema::kStemLanguageSeparator);
  if (mark_end == std::string::npos) return {"", stem};
  return {stem.substr(0, mark_end), stem.substr(mark_end + 1)};
}

bool stems_capitalised_words(std::string_view language_code) {
  return language_code == "de";
}

}  // namespace newsarchive
