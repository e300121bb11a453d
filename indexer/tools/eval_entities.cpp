// news-eval-entities: recall of the entity facets against a collection's own human labels.
// Reads Reuters-21578 (the SGML files, gzipped or not, or a directory of them) as news-index
// does, extracts entities as news-index does (EntityEnricher), and for every PEOPLE, PLACES
// and ORGS label counts whether the article's facets contain it (ner/label_matching.h says
// how a label matches). Recall is given over all labels and over the labels whose name the
// article's text contains at all. Optionally prints missed labels that the text names, and a
// seeded random sample of the extracted names to judge the share of junk by reading them.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <iostream>
#include <map>
#include <random>

#include "newsarchive/indexer/article_sink.h"
#include "newsarchive/indexer/enrichers/entity_enricher.h"
#include "newsarchive/indexer/input_files.h"
#include "newsarchive/indexer/readers/reuters21578_reader.h"
#include "newsarchive/ner/label_matching.h"
#include "newsarchive/text/entity_key.h"

namespace na = newsarchive;
namespace ner = newsarchive::ner;

namespace {

const char* type_name(na::EntityType t) {
  switch (t) {
    case na::EntityType::kPerson:
      return "person";
    case na::EntityType::kOrganisation:
      return "org";
    case na::EntityType::kPlace:
      return "place";
    case na::EntityType::kMisc:
      break;
  }
  return "misc";
}

struct Tally {
  std::size_t labels = 0, found = 0, found_any_type = 0;
  std::size_t named = 0, found_named = 0;  // labels whose name the text itself contains
};

// Lower-case ASCII words separated by single spaces, with a space at each end, so that
// " west germany " can be searched for as words. (fold_name stops at 120 bytes.)
std::string searchable(const na::Article& a) {
  std::string out = " ";
  for (const char c : a.title + "\n" + a.body) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == '.') continue;  // "U.S." reads "us", as keys do
    if (alnum)
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    else if (out.back() != ' ')
      out.push_back(' ');
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

// Whether the text names what the label names at all: the label's words (for people, the
// surname) or any alias of its key. Labels the text never names (Reuters-21578 gives "usa" to
// most American company news from its dateline alone) no extractor can find.
bool named_in_text(ner::LabelKind kind, const std::string& label, const std::string& text) {
  const std::string folded = na::fold_name(label);
  if (kind == ner::LabelKind::kPeople)
    return text.find(" " + folded.substr(folded.rfind(' ') + 1) + " ") != std::string::npos;
  const std::string key = na::entity_key(label);
  if (text.find(" " + folded + " ") != std::string::npos ||
      text.find(" " + key + " ") != std::string::npos)
    return true;
  for (const auto& [variant, canonical] : na::entity_aliases())
    if (canonical == key && text.find(" " + std::string(variant) + " ") != std::string::npos)
      return true;
  return false;
}

struct SampledName {
  std::string display, type, id, title;
};

class Evaluation final : public na::indexer::ArticleSink {
 public:
  Evaluation(const na::indexer::EntityEnricher& enricher, std::size_t misses_to_show,
             std::size_t sample_size, unsigned seed)
      : enricher_(enricher), misses_left_(misses_to_show), sample_size_(sample_size), rng_(seed) {}

  void article(na::Article a) override {
    ++articles_;
    enricher_.enrich(a);
    entities_ += a.entities.size();
    for (const auto& e : a.entities) sample(e, a);
    const std::string text = a.labels.empty() ? std::string() : searchable(a);
    for (const auto& [kind_name, label] : a.labels) {
      const auto kind = kind_of(kind_name);
      if (!kind) continue;
      const auto m = ner::match_label(*kind, label, a.entities);
      Tally& t = tallies_[kind_name];
      ++t.labels;
      t.found += m.as_labelled_type;
      t.found_any_type += m.as_any_type;
      if (named_in_text(*kind, label, text)) {
        ++t.named;
        t.found_named += m.as_labelled_type;
      }
      if (!m.as_labelled_type && misses_left_ > 0 && named_in_text(*kind, label, text)) {
        --misses_left_;
        std::printf("miss %s %s in %s \"%s\": extracted", kind_name.c_str(), label.c_str(),
                    a.id.c_str(), a.title.c_str());
        for (const auto& e : a.entities)
          std::printf(" [%s] %s;", type_name(e.type), e.display.c_str());
        std::printf("\n");
      }
    }
  }
  void skipped(const std::string& where, const std::string& reason) override {
    ++skipped_;
    std::cerr << where << ": " << reason << " (skipped)\n";
  }
  void warning(const std::string&, const std::string&) override {}  // undated: irrelevant here

  void report(double cpu_seconds) const {
    std::printf("%zu articles (%zu skipped), %zu entities (%.1f per article), %.1f s CPU\n",
                articles_, skipped_, entities_, articles_ ? double(entities_) / articles_ : 0.0,
                cpu_seconds);
    std::printf("%-7s %7s %7s %8s %10s %10s %7s %13s\n", "label", "labels", "found", "recall",
                "recall-any", "in-text", "found", "recall-in-text");
    for (const auto& [kind, t] : tallies_) {
      const double n = t.labels ? double(t.labels) : 1.0;
      const double named = t.named ? double(t.named) : 1.0;
      std::printf("%-7s %7zu %7zu %7.2f%% %9.2f%% %10zu %7zu %12.2f%%\n", kind.c_str(), t.labels,
                  t.found, 100.0 * t.found / n, 100.0 * t.found_any_type / n, t.named,
                  t.found_named, 100.0 * t.found_named / named);
    }
    for (std::size_t i = 0; i < sample_.size(); ++i)
      std::printf("sample %3zu [%s] %s\t(%s: %s)\n", i + 1, sample_[i].type.c_str(),
                  sample_[i].display.c_str(), sample_[i].id.c_str(), sample_[i].title.c_str());
  }

 private:
  static std::optional<ner::LabelKind> kind_of(const std::string& kind) {
    if (kind == "people") return ner::LabelKind::kPeople;
    if (kind == "places") return ner::LabelKind::kPlaces;
    if (kind == "orgs") return ner::LabelKind::kOrgs;
    return std::nullopt;
  }

  // Reservoir sampling (Algorithm R) over every extracted name; mt19937's raw output is the same
  // on every platform, so a seed names one sample.
  void sample(const na::Entity& e, const na::Article& a) {
    ++seen_;
    std::size_t slot = sample_.size();
    if (sample_.size() >= sample_size_) {
      slot = static_cast<std::size_t>(rng_() % seen_);
      if (slot >= sample_size_) return;
    }
    SampledName s{e.display, type_name(e.type), a.id, a.title};
    if (slot == sample_.size())
      sample_.push_back(std::move(s));
    else
      sample_[slot] = std::move(s);
  }

  const na::indexer::EntityEnricher& enricher_;
  std::size_t misses_left_;
  std::size_t sample_size_;
  std::mt19937_64 rng_;
  std::size_t articles_ = 0, skipped_ = 0, entities_ = 0, seen_ = 0;
  std::map<std::string, Tally> tallies_;
  std::vector<SampledName> sample_;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Recall of extracted entities against Reuters-21578's PEOPLE/PLACES/ORGS labels"};
  std::vector<std::string> inputs;
  std::string model = na::indexer::default_ner_model_path();
  std::size_t misses = 0, sample_size = 0;
  unsigned seed = 4;
  app.add_option("inputs", inputs, "reut2-NNN.sgm(.gz) files or a directory of them")->required();
  app.add_option("-m,--model", model, "Named-entity model")->capture_default_str();
  app.add_option("--misses", misses, "Print the first N labels the text names but the facets miss");
  app.add_option("--sample", sample_size, "Print N extracted names drawn at random");
  app.add_option("--seed", seed, "Seed of the sample")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  try {
    const na::indexer::EntityEnricher enricher(model);
    Evaluation evaluation(enricher, misses, sample_size, seed);
    const na::indexer::Reuters21578Reader reader;
    const auto expanded = na::indexer::expand_inputs(inputs);
    for (const auto& [arg, reason] : expanded.errors) {
      std::cerr << "news-eval-entities: " << arg << ": " << reason << "\n";
      return 2;
    }
    const std::clock_t cpu_start = std::clock();
    for (const auto& file : expanded.files) {
      if (file.path.filename().string().find(".sgm") == std::string::npos) continue;
      na::indexer::for_each_stream(
          file,
          [&](const std::string& origin, std::string_view, std::istream& in) {
            reader.read(in, origin, evaluation);
          },
          [&](const std::string& where, const std::string& reason) {
            evaluation.skipped(where, reason);
          });
    }
    evaluation.report(double(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  } catch (const std::exception& e) {
    std::cerr << "news-eval-entities: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
