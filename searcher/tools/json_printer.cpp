// The --json output, documented in docs/json-output.md.
#include <ostream>

#include "result_json.h"
#include "result_printer.h"

namespace newsarchive::cli {
namespace {

class JsonPrinter final : public ResultPrinter {
 public:
  void results(const SearchResult& r, std::ostream& out) override {
    out << json_out::dump_line(json_out::search_result_json(r));
  }

  void article(const ArticleRecord& a, std::ostream& out) override {
    out << json_out::dump_line(json_out::article_json(a));
  }
};

}  // namespace

std::unique_ptr<ResultPrinter> make_json_printer() {
  return std::make_unique<JsonPrinter>();
}

}  // namespace newsarchive::cli
