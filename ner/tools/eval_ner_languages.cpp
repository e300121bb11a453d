// news-eval-ner-languages: conlleval-style exact-span precision/recall/F1 of what news-index
// extracts from an article in a given language (the recogniser for English, the known names for
// other Latin-script languages, nothing for other scripts), on CoNLL files of that language.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <exception>
#include <iostream>
#include <optional>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/evaluation.h"
#include "newsarchive/ner/known_names.h"
#include "newsarchive/ner/recognizer.h"
#include "newsarchive/text/entity_key.h"

namespace ner = newsarchive::ner;

namespace {

// A labelled document as raw text (one line per sentence, words between single spaces), with
// each word's byte span, so that it goes through the same text path as an article.
struct DocumentText {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> words;
};

DocumentText as_text(const ner::LabeledDocument& doc) {
  DocumentText d;
  for (const auto& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      d.words.emplace_back(d.text.size(), d.text.size() + doc.words[i].size());
      d.text += doc.words[i];
      d.text += i + 1 < s.last ? ' ' : '\n';
    }
  }
  return d;
}

int label_of(newsarchive::EntityType type) {
  switch (type) {
    case newsarchive::EntityType::kPerson:
      return ner::kPer;
    case newsarchive::EntityType::kOrganisation:
      return ner::kOrg;
    case newsarchive::EntityType::kPlace:
      return ner::kLoc;
    case newsarchive::EntityType::kMisc:
      break;
  }
  return ner::kMisc;
}

// Mentions as spans of the words they overlap.
std::vector<ner::Span> word_spans(const DocumentText& d, const std::vector<ner::Mention>& ms) {
  std::vector<ner::Span> spans;
  for (const auto& m : ms) {
    ner::Span span{d.words.size(), 0, label_of(m.type)};
    for (std::size_t i = 0; i < d.words.size(); ++i) {
      if (d.words[i].second <= m.begin || d.words[i].first >= m.end) continue;
      span.first = std::min(span.first, i);
      span.last = i + 1;
    }
    if (span.last > 0) spans.push_back(span);
  }
  return spans;
}

struct Sources {
  std::string language;
  std::string default_language;
  ner::KnownNames names;
  std::optional<ner::Recognizer> recognizer;
};

std::vector<ner::Mention> mentions(const Sources& s, const std::string& text) {
  switch (ner::name_source(s.language, s.default_language, text)) {
    case ner::NameSource::kRecogniser:
      return s.recognizer->recognize(text);
    case ner::NameSource::kKnownNames:
      return s.names.recognize(text, &s.recognizer->model().lexicon);
    case ner::NameSource::kNone:
      break;
  }
  return {};
}

// "+ LOC Paris" for a span found but not in the gold labels, "- LOC Londres" for one missed.
// Recall over the labelled names the lists know (under any type): what the matcher finds of
// what it could find, apart from how many names the lists hold.
struct KnownRecall {
  std::size_t known[ner::kNumLabels] = {};
  std::size_t found[ner::kNumLabels] = {};

  void add(const ner::LabeledDocument& doc, const std::vector<ner::Span>& spans,
           const ner::KnownNames& names) {
    for (const auto& gold : doc.entities) {
      std::string text;
      for (std::size_t i = gold.first; i < gold.last; ++i) text += doc.words[i] + " ";
      if (!names.type_of(newsarchive::entity_key(text))) continue;
      ++known[gold.label];
      if (std::find(spans.begin(), spans.end(), gold) != spans.end()) ++found[gold.label];
    }
  }
  void print() const {
    std::cout << "labelled names the lists know, found exactly:";
    for (int l = 0; l < ner::kNumLabels; ++l)
      std::cout << ' ' << ner::kLabelNames[l] << ' ' << found[l] << '/' << known[l];
    std::cout << '\n';
  }
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Precision and recall of the names news-index extracts from articles of one language, on "
      "CoNLL-2003-style files of that language"};
  Sources s;
  std::string model_path = NEWSARCHIVE_DEFAULT_NER_MODEL;
  std::vector<std::string> name_lists{NEWSARCHIVE_DEFAULT_KNOWN_NAMES};
  std::vector<std::string> data;
  s.default_language = "en";
  app.add_option("--language", s.language, "the articles' language (ISO 639: fr, es, de, en)")
      ->required();
  app.add_option("--default-language", s.default_language,
                 "the archive's default language (news-index --language)")
      ->capture_default_str();
  app.add_option("-m,--model", model_path,
                 "recogniser model (for English, and its lexicon for the known names)")
      ->capture_default_str();
  app.add_option("--names", name_lists,
                 "lists of known names (news-known-names output), later ones winning")
      ->capture_default_str();
  bool differences = false;
  app.add_flag("--differences", differences,
               "print each span found but not labelled (+) and each labelled one missed (-)");
  app.add_option("data", data, "CoNLL files, plain or gzipped")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    for (const auto& path : name_lists) s.names.merge(ner::KnownNames::load(path));
    // The recogniser for English, its lexicon of English capitalisation for the known names.
    s.recognizer = ner::Recognizer::load(model_path);
    ner::Evaluation eval;
    KnownRecall known;
    for (const auto& path : data) {
      for (const auto& doc : ner::read_conll(path)) {
        const DocumentText d = as_text(doc);
        const auto found = word_spans(d, mentions(s, d.text));
        if (differences) std::cout << ner::span_differences(doc, found);
        eval.add(doc.entities, found, doc.words.size());
        known.add(doc, found, s.names);
      }
    }
    std::cout << "language " << s.language << ", " << s.names.size() << " known names\n"
              << eval.report();
    known.print();
  } catch (const std::exception& e) {
    std::cerr << "news-eval-ner-languages: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
