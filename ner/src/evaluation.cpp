#include "newsarchive/ner/evaluation.h"

#include <algorithm>
#include <cstdio>

namespace newsarchive::ner {

void Evaluation::add(const std::vector<Span>& gold, const std::vector<Span>& predicted,
                     std::size_t tokens) {
  tokens_ += tokens;
  for (const Span& g : gold) {
    ++overall_.gold;
    ++per_label_[g.label].gold;
  }
  for (const Span& p : predicted) {
    ++overall_.predicted;
    ++per_label_[p.label].predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
      ++overall_.correct;
      ++per_label_[p.label].correct;
    }
  }
}

std::string Evaluation::report() const {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line,
                "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n",
                tokens_, overall_.gold, overall_.predicted, overall_.correct);
  out += line;
  const auto row = [&](const char* name, const SpanCounts& c) {
    std::snprintf(line, sizeof line, "%-8s precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n",
                  name, 100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.predicted);
    out += line;
  };
  row("overall", overall_);
  for (int l = 0; l < kNumLabels; ++l) row(std::string(kLabelNames[l]).c_str(), per_label_[l]);
  return out;
}

std::string span_differences(const LabeledDocument& doc, const std::vector<Span>& found) {
  std::string out;
  const auto list_missing = [&](const std::vector<Span>& from, const std::vector<Span>& in,
                                char sign) {
    for (const Span& s : from) {
      if (std::find(in.begin(), in.end(), s) != in.end()) continue;
      out += sign;
      out += ' ';
      out += kLabelNames[s.label];
      for (std::size_t i = s.first; i < s.last; ++i) out += ' ' + doc.words[i];
      out += '\n';
    }
  };
  list_missing(found, doc.entities, '+');
  list_missing(doc.entities, found, '-');
  return out;
}

}  // namespace newsarchive::ner
