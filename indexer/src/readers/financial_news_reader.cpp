#include "newsarchive/indexer/readers/financial_news_reader.h"

#include <iterator>

#include "newsarchive/indexer/readers/plain_text_reader.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

// "Eric Auchard  and  Paul Thomasch" -> two names, as the collection's converter splits them.
std::vector<std::string> split_byline(std::string_view byline) {
  std::vector<std::string> out;
  std::string current;
  const auto flush = [&] {
    if (auto t = std::string(text::trim(current)); !t.empty())
      out.push_back(text::collapse_space(t));
    current.clear();
  };
  for (std::size_t i = 0; i < byline.size(); ++i) {
    const bool word_start = i == 0 || byline[i - 1] == ' ';
    if (word_start && byline.substr(i, 4) == "and ") {
      flush();
      i += 3;
    } else if (byline[i] == ',') {
      flush();
    } else {
      current += byline[i];
    }
  }
  flush();
  return out;
}

}  // namespace

int FinancialNewsReader::confidence(std::string_view, std::string_view head) const {
  return starts_with_dash_header(head) ? 70 : 0;
}

void FinancialNewsReader::read(std::istream& in, const std::string& origin,
                               ArticleSink& sink) const {
  std::string error;
  auto parsed = read_plain_text_article(in, origin, sink, error);
  if (!parsed) return;
  Article& a = *parsed;
  if (a.body.empty()) {
    sink.skipped(origin, "no body (header only)");
    return;
  }
  std::vector<std::string> authors;
  for (const auto& byline : a.authors)
    for (auto& name : split_byline(byline)) authors.push_back(std::move(name));
  a.authors = std::move(authors);
  // The file name is the collection's id; standard input has none, and the URL serves.
  if (origin != "<stdin>") a.id = origin.substr(origin.find_last_of('/') + 1);
  if (a.url.find("reuters.com") != std::string::npos) a.source = "Reuters";
  if (!a.published) sink.warning(origin, "unrecognised date (article kept, undated)");
  sink.article(std::move(a));
}

}  // namespace newsarchive::indexer
