// How ranked searches weigh a match. One place, so that the searcher, --like and --explain
// (and any tool that scores like the searcher) agree.
#pragma once

#include <xapian.h>

#include <memory>

namespace newsarchive::searcher {

// Divergence From Randomness "IneB2" (Xapian::IneB2Weight, c = 1), not BM25. Chosen on the TIME
// collection (bench/run, tuned on the odd-numbered queries, checked on the even ones): it beat
// BM25 at every k1/b tried on both halves, with a better P@10 too, because its informative-
// content idf punishes words that are everywhere in the archive ("policy", "efforts", "number")
// harder than BM25's, which is what long natural-language questions need; on short queries of
// rare words the two rank alike. docs/query-syntax.md gives the figures.
std::unique_ptr<Xapian::Weight> make_weight();

// The factor that makes a query term whose document frequency Xapian only estimates (an
// OP_SYNONYM of a stem's words: Xapian 1.4 assumes they occur independently, so "election" and
// "elections" seem to be in more articles than they are) weigh as if Xapian knew the `exact`
// frequency. IneB2's weight is inversely proportional to the document frequency (its B
// factor), so the ratio is exact for it; the collection frequency it also uses is exact.
double frequency_correction(double estimated, double exact);

}  // namespace newsarchive::searcher
