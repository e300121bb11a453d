// Keyword in context over the matching articles: Searcher::concordance.
#pragma once

#include <string>
#include <vector>

#include "hit_sink.h"
#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

ConcordanceResult concordance(const SinkSearch& search, const ConcordanceRequest& request);

// The lines of one text whose matches `marked` highlights (a SnippetMaker::mark_all of it):
// matches separated by spaces alone are one (a phrase's words), each with `context` words on
// either side. `line` gives id, date and source.
void add_concordance_lines(const Snippet& marked, std::size_t context, const ConcordanceLine& line,
                           std::vector<ConcordanceLine>& out);

// Orders lines as `order` says; equal lines keep their order.
void sort_concordance(std::vector<ConcordanceLine>& lines, ConcordanceOrder order);

}  // namespace newsarchive::searcher
