// news-eval-ner: conlleval-style exact-span precision/recall/F1 of a model on a CoNLL
// file, and optionally the tagging throughput on that file's text.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <iostream>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/evaluation.h"
#include "newsarchive/ner/recognizer.h"
#include "newsarchive/ner/tagger.h"

namespace ner = newsarchive::ner;

namespace {

// Tokens per second of Recognizer::recognize on the documents' text, tokenisation
// included. Each document is rebuilt as raw text: one line per sentence.
void measure_throughput(const ner::Recognizer& recognizer,
                        const std::vector<ner::LabeledDocument>& docs, int rounds,
                        bool skip_unreachable) {
  std::vector<std::string> texts;
  std::size_t tokens = 0;
  for (const auto& doc : docs) {
    std::string text;
    for (const auto& s : doc.sentences) {
      for (std::size_t i = s.first; i < s.last; ++i) {
        text += doc.words[i];
        text += i + 1 < s.last ? ' ' : '\n';
      }
    }
    tokens += doc.words.size();
    texts.push_back(std::move(text));
  }
  std::size_t mentions = 0;
  // CPU time as well as wall time: on a shared machine the process's own CPU time is
  // what one core delivers.
  const std::clock_t cpu_start = std::clock();
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (const auto& text : texts) mentions += recognizer.recognize(text, skip_unreachable).size();
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double total = double(tokens) * rounds;
  std::printf(
      "throughput: %.0f tokens/s of CPU time, %.0f tokens/s of wall time (%zu tokens x %d "
      "rounds, %.2f s CPU, %.2f s wall, %zu mentions, tokenisation included, one thread)\n",
      total / cpu, total / secs, tokens, rounds, cpu, secs, mentions);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Evaluate a newsarchive named-entity model on a CoNLL-2003 file"};
  std::string model_path;
  std::string data_path;
  int rounds = 0;
  bool score_every_token = false;
  bool differences = false;
  app.add_option("-m,--model", model_path, "model file")->required();
  app.add_option("data", data_path, "CoNLL file, plain or gzipped")->required();
  app.add_option("--throughput-rounds", rounds,
                 "also time recognition of the file's raw text this many times");
  app.add_flag("--score-every-token", score_every_token,
               "score the tokens no name word is near too (what skipping them saves and changes)");
  app.add_flag("--differences", differences,
               "print each span found but not labelled (+) and each labelled one missed (-)");
  CLI11_PARSE(app, argc, argv);
  try {
    const ner::Recognizer recognizer = ner::Recognizer::load(model_path);
    const auto docs = ner::read_conll(data_path);
    ner::Evaluation eval;
    for (const auto& doc : docs) {
      const auto found = ner::tag_document(recognizer.model(), doc.word_views(), doc.sentences,
                                           !score_every_token);
      if (differences) std::cout << ner::span_differences(doc, found);
      eval.add(doc.entities, found, doc.words.size());
    }
    std::cout << eval.report();
    if (rounds > 0) measure_throughput(recognizer, docs, rounds, !score_every_token);
  } catch (const std::exception& e) {
    std::cerr << "news-eval-ner: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
