// news-train-ner: learns the lexicon from unlabeled news, trains the averaged perceptron
// on CoNLL-2003 eng.train, reports F1 on eng.testa after every epoch, writes the model.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/evaluation.h"
#include "newsarchive/ner/gazetteer.h"
#include "newsarchive/ner/lexicon_builder.h"
#include "newsarchive/ner/news_corpus.h"
#include "newsarchive/ner/perceptron.h"
#include "newsarchive/ner/stacking.h"
#include "newsarchive/ner/tagger.h"

namespace ner = newsarchive::ner;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

ner::Evaluation evaluate(const ner::Model& model, const std::vector<ner::LabeledDocument>& docs) {
  ner::Evaluation eval;
  for (const auto& doc : docs) {
    eval.add(doc.entities, ner::tag_document(model, doc.word_views(), doc.sentences),
             doc.words.size());
  }
  return eval;
}

// Dev F1 after each epoch of models trained with `runs` other shuffling seeds, and their mean:
// differences between feature sets smaller than this spread are shuffling noise.
void report_seed_spread(const std::vector<ner::LabeledDocument>& train_docs,
                        const std::vector<ner::LabeledDocument>& dev_docs,
                        const ner::HashIndex& lexicon, const ner::HashIndex& gazetteer,
                        ner::TrainingOptions options, int runs) {
  std::vector<double> sums(static_cast<std::size_t>(options.epochs), 0.0);
  options.runs = 1;
  for (int run = 1; run <= runs; ++run) {
    options.seed += 1;
    ner::PerceptronTrainer trainer(lexicon, options, gazetteer);
    for (const auto& doc : train_docs) trainer.add_document(doc);
    std::fprintf(stderr, "seed %llu:", static_cast<unsigned long long>(options.seed));
    trainer.train([&](int epoch, const ner::Model& m) {
      const double f1 = 100 * evaluate(m, dev_docs).overall().f1();
      sums[static_cast<std::size_t>(epoch - 1)] += f1;
      std::fprintf(stderr, " %.2f", f1);
    });
    std::fprintf(stderr, "\n");
  }
  std::fprintf(stderr, "mean over %d seeds:", runs);
  for (const double sum : sums) std::fprintf(stderr, " %.2f", sum / runs);
  std::fprintf(stderr, "\n");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train the newsarchive named-entity recogniser"};
  std::string data_dir = NEWSARCHIVE_SHARED_DATA_DIR;
  std::vector<std::string> train_paths;
  std::string dev_path;
  std::string output = "ner.model";
  std::uint32_t lexicon_min_count = 3;
  bool no_unlabeled = false;
  bool no_clusters = false;
  std::string gazetteer_path = NEWSARCHIVE_NER_GAZETTEER;
  bool no_gazetteer = false;
  int folds = 0;  // stacking measured no gain on eng.testa (see README)
  ner::ClusterOptions clusters;
  ner::TrainingOptions options;
  app.add_option("--data-dir", data_dir,
                 "shared data directory holding conll2003/, reuters21578/, "
                 "reuters_financial_news/")
      ->capture_default_str();
  app.add_option("--train", train_paths,
                 "CoNLL training file, repeatable: documents of all are used, in the order "
                 "given (default DATA/conll2003/eng.train.gz)");
  app.add_option("--dev", dev_path, "CoNLL file to report after each epoch (default eng.testa)");
  app.add_option("-o,--output", output, "model file to write")->capture_default_str();
  app.add_option("--epochs", options.epochs, "training epochs")->capture_default_str();
  app.add_option("--seed", options.seed, "shuffling seed")->capture_default_str();
  app.add_option("--runs", options.runs,
                 "train this many times (seeds seed, seed + 1, ...) and average the models")
      ->capture_default_str();
  app.add_option("--min-weight", options.min_weight,
                 "leave averaged weights of at most this size out of the model")
      ->capture_default_str();
  app.add_option("--min-feature-count", options.min_feature_count,
                 "drop features seen fewer times in training")
      ->capture_default_str();
  app.add_option("--lexicon-min-count", lexicon_min_count,
                 "keep words seen at least this often in unlabeled news")
      ->capture_default_str();
  app.add_flag("--no-unlabeled", no_unlabeled, "train without the unlabeled-news lexicon");
  app.add_flag("--no-clusters", no_clusters, "learn no word clusters");
  app.add_option("--gazetteer", gazetteer_path, "gazetteer file (news-build-gazetteer's output)")
      ->capture_default_str();
  app.add_flag("--no-gazetteer", no_gazetteer, "train without gazetteer features");
  app.add_option("--stacking-folds", folds,
                 "jackknife folds for the second (stacked) stage; 0 trains one stage")
      ->capture_default_str();
  app.add_option("--fine-clusters", clusters.fine, "number of fine word clusters")
      ->capture_default_str();
  app.add_option("--coarse-clusters", clusters.coarse, "number of coarse word clusters")
      ->capture_default_str();
  app.add_option("--cluster-vocabulary", clusters.vocabulary, "words that get a cluster")
      ->capture_default_str();
  int seed_runs = 0;
  app.add_option("--seed-runs", seed_runs,
                 "also train with this many other seeds and report their dev F1 per epoch")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (train_paths.empty()) train_paths.push_back(data_dir + "/conll2003/eng.train.gz");
  if (dev_path.empty()) dev_path = data_dir + "/conll2003/eng.testa.gz";

  try {
    const auto start = std::chrono::steady_clock::now();
    ner::LexiconBuilder lexicon;
    if (!no_unlabeled) {
      for (const std::string& file : ner::find_unlabeled_corpus(data_dir)) {
        ner::for_each_article(file, [&](std::string_view text) { lexicon.add_text(text); });
        std::fprintf(stderr, "lexicon: %s (%.0f s)\n", file.c_str(), seconds_since(start));
      }
    }
    const ner::HashIndex lexicon_index =
        lexicon.build(lexicon_min_count, no_clusters ? nullptr : &clusters);
    std::fprintf(stderr, "lexicon: %llu tokens, %zu words, %zu kept, %.1f s\n",
                 static_cast<unsigned long long>(lexicon.token_count()), lexicon.distinct_words(),
                 lexicon_index.size(), seconds_since(start));

    const ner::HashIndex gazetteer =
        no_gazetteer ? ner::HashIndex()
                     : ner::build_gazetteer_index(ner::read_gazetteer_file(gazetteer_path));
    std::fprintf(stderr, "gazetteer: %zu phrase prefixes\n", gazetteer.size());
    std::vector<ner::LabeledDocument> train_docs;
    for (const std::string& path : train_paths) {
      auto docs = ner::read_conll(path);
      train_docs.insert(train_docs.end(), std::make_move_iterator(docs.begin()),
                        std::make_move_iterator(docs.end()));
    }
    const auto dev_docs = ner::read_conll(dev_path);
    if (seed_runs > 0) {
      report_seed_spread(train_docs, dev_docs, lexicon_index, gazetteer, options, seed_runs);
    }
    const ner::Model model = ner::train_stacked(
        train_docs, lexicon_index, gazetteer, options, folds,
        [&](int stage, int epoch, const ner::Model& m) {
          const auto eval = evaluate(m, dev_docs);
          std::fprintf(stderr, "stage %d epoch %d: dev F1 %.2f (P %.2f R %.2f), %.1f s\n", stage,
                       epoch, 100 * eval.overall().f1(), 100 * eval.overall().precision(),
                       100 * eval.overall().recall(), seconds_since(start));
        });
    ner::save_model(model, output);
    std::size_t features = model.feature_count();
    std::size_t weights = model.entry_weights.size();
    if (model.second_stage) {
      features += model.second_stage->feature_count();
      weights += model.second_stage->entry_weights.size();
    }
    std::fprintf(stderr, "wrote %s: %zu features, %zu weights, %.1f s total\n", output.c_str(),
                 features, weights, seconds_since(start));
    std::cout << evaluate(model, dev_docs).report();
  } catch (const std::exception& e) {
    std::cerr << "news-train-ner: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
