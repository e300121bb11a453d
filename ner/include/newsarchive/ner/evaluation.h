// Exact-span precision, recall and F1 per label and overall, as conlleval computes them:
// an entity counts as found only if its type and both boundaries match.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newsarchive/ner/conll.h"
#include "newsarchive/ner/tagset.h"

namespace newsarchive::ner {

struct SpanCounts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;

  double precision() const { return predicted == 0 ? 0.0 : double(correct) / double(predicted); }
  double recall() const { return gold == 0 ? 0.0 : double(correct) / double(gold); }
  double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
};

class Evaluation {
 public:
  void add(const std::vector<Span>& gold, const std::vector<Span>& predicted, std::size_t tokens);

  const SpanCounts& overall() const { return overall_; }
  const SpanCounts& for_label(int label) const { return per_label_[label]; }

  // conlleval-like text: totals, then one line per label.
  std::string report() const;

 private:
  SpanCounts overall_;
  SpanCounts per_label_[kNumLabels];
  std::size_t tokens_ = 0;
};

// One line per span `found` that the document does not label ("+ TYPE words") and per
// labelled span not found ("- TYPE words"): what an error analysis reads.
std::string span_differences(const LabeledDocument& doc, const std::vector<Span>& found);

}  // namespace newsarchive::ner
