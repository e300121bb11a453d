#include "ranking.h"

namespace newsarchive::searcher {
namespace {

// IneB2's only parameter normalises a word's count for the article's length (Amati's "c"):
// 0.5, 1, 2, 4 and 7 were tried on the tuning half; 1 (Xapian's default) was best.
constexpr double kLengthNormalisation = 1.0;

}  // namespace

std::unique_ptr<Xapian::Weight> make_weight() {
  return std::make_unique<Xapian::IneB2Weight>(kLengthNormalisation);
}

double frequency_correction(double estimated, double exact) {
  return exact > 0 && estimated > 0 ? estimated / exact : 1.0;
}

}  // namespace newsarchive::searcher
