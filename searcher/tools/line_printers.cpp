// The modes for scripts that read stdout line by line: --jsonl (a hit per line), --ids (an id
// per line) and --count (one number). Stdout carries nothing else, so a pipeline never has to
// skip a header or a summary; what a person should know (warnings, "did you mean") goes to the
// notes stream (stderr).
#include <ostream>

#include "result_json.h"
#include "result_printer.h"

namespace newsarchive::cli {
namespace {

enum class LineMode { kJsonl, kIds, kCount };

class LinePrinter final : public ResultPrinter {
 public:
  LinePrinter(LineMode mode, std::ostream& notes) : mode_(mode), notes_(notes) {}

  void results(const SearchResult& r, std::ostream& out) override {
    for (const auto& note : result_notes(r)) notes_ << "news-search: note: " << note << "\n";
    switch (mode_) {
      case LineMode::kJsonl:
        for (const auto& h : r.hits) out << json_out::dump_line(json_out::hit_json(h));
        break;
      case LineMode::kIds:
        for (const auto& h : r.hits) out << h.id << "\n";
        break;
      case LineMode::kCount:
        out << r.total_estimate << "\n";
        break;
    }
  }

  void article(const ArticleRecord& a, std::ostream& out) override {
    if (mode_ == LineMode::kJsonl)
      out << json_out::dump_line(json_out::article_json(a));
    else
      out << a.id << "\n";
  }

 private:
  LineMode mode_;
  std::ostream& notes_;
};

}  // namespace

std::vector<std::string> result_notes(const SearchResult& r) {
  std::vector<std::string> notes = r.warnings;
  if (r.corrected && r.suggestion)
    notes.push_back("nothing matched '" + r.query + "'; showing matches for '" + *r.suggestion +
                    "'");
  else if (r.suggestion)
    notes.push_back("did you mean: " + *r.suggestion);
  return notes;
}

std::unique_ptr<ResultPrinter> make_jsonl_printer(std::ostream& notes) {
  return std::make_unique<LinePrinter>(LineMode::kJsonl, notes);
}
std::unique_ptr<ResultPrinter> make_ids_printer(std::ostream& notes) {
  return std::make_unique<LinePrinter>(LineMode::kIds, notes);
}
std::unique_ptr<ResultPrinter> make_count_printer(std::ostream& notes) {
  return std::make_unique<LinePrinter>(LineMode::kCount, notes);
}

}  // namespace newsarchive::cli
