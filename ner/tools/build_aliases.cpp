// news-build-aliases: learns the acronyms Reuters news defines in the text ("the European
// Financial Stability Facility (EFSF)") and the short names instrument codes give companies
// ("Advanced Micro Devices Inc (AMD.O)", then "AMD"), and writes them as the table
// text/data/acronyms.tsv, which the shared entity keys compile in (text/src/entity_aliases.cpp).
#include <CLI/CLI.hpp>

#include <exception>
#include <fstream>
#include <iostream>

#include "newsarchive/ner/acronyms.h"
#include "newsarchive/ner/news_corpus.h"
#include "newsarchive/ner/recognizer.h"

namespace ner = newsarchive::ner;

namespace {

void write_table(std::ostream& out, const std::vector<ner::LearnedAcronym>& acronyms,
                 const ner::AcronymOptions& o) {
  out << "# Acronyms defined in the text of Reuters-21578 and the 2006-2013 Reuters financial\n"
         "# news, as \"Name (ACRONYM)\" with the name's initials spelling it: defined on at least "
      << o.min_articles << "\n# articles, as one name on at least " << o.min_share * 100
      << " % of those, not in the curated table, not a word\n"
         "# news mostly writes in lower case. Also the letters of instrument codes, \"Name\n"
         "# (AMD.O)\", alike, when at least "
      << o.min_code_share * 100
      << " % of the articles writing the letters alone give the code; and letters that\n"
         "# the capitalised words of the same article spell, with no parentheses, when at least "
      << o.min_named_share * 100
      << " %\n# of the articles writing them alone do.\n"
         "# Built by news-build-aliases "
         "(ner/tools/build_aliases.cpp);\n# do not edit: rebuild it (ner/README.md).\n"
         "# acronym<TAB>its key<TAB>the name's key<TAB>articles<TAB>articles defining it\n";
  for (const auto& a : acronyms)
    out << a.acronym << '\t' << a.key << '\t' << a.name_key << '\t' << a.articles << '\t'
        << a.defining_articles << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Learn the acronyms news defines in the text, for the shared alias table"};
  std::string data_dir = NEWSARCHIVE_SHARED_DATA_DIR;
  std::string model = NEWSARCHIVE_DEFAULT_NER_MODEL;
  std::string output = "acronyms.tsv";
  ner::AcronymOptions options;
  app.add_option("--data-dir", data_dir,
                 "shared data directory (reuters21578/, reuters_financial_news/)")
      ->capture_default_str();
  app.add_option("--model", model, "recogniser model whose lexicon tells words from acronyms")
      ->capture_default_str();
  app.add_option("--min-articles", options.min_articles, "articles defining the chosen name")
      ->capture_default_str();
  app.add_option("--min-share", options.min_share, "share of the defining articles")
      ->capture_default_str();
  app.add_option("--min-code-share", options.min_code_share,
                 "share of the articles writing a code's letters alone that give the code")
      ->capture_default_str();
  app.add_option("--min-named-share", options.min_named_share,
                 "share of the articles writing letters alone that spell them elsewhere in "
                 "capitalised words")
      ->capture_default_str();
  app.add_option("-o,--output", output, "table to write")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  try {
    const ner::Recognizer recognizer = ner::Recognizer::load(model);
    ner::AcronymCollector collector;
    for (const std::string& file : ner::find_unlabeled_corpus(data_dir))
      ner::for_each_article(file, [&](std::string_view text) { collector.add_text(text); });
    const auto acronyms = collector.acronyms(options, &recognizer.model().lexicon);
    std::ofstream out(output);
    write_table(out, acronyms, options);
    out.close();
    if (!out) throw std::runtime_error("cannot write " + output);
    std::cerr << acronyms.size() << " acronyms written to " << output << '\n';
  } catch (const std::exception& e) {
    std::cerr << "news-build-aliases: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
