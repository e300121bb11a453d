#include "newsarchive/indexer/readers/plain_text_reader.h"

#include <array>
#include <iterator>

#include "bounded_read.h"
#include "byline.h"

#include "newsarchive/common/publication_date.h"
#include "newsarchive/text/text.h"

namespace newsarchive::indexer {
namespace {

std::string_view next_line(std::string_view& rest) {
  const auto nl = rest.find('\n');
  std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool starts_with_bom(std::string_view s) {
  return s.starts_with("\xEF\xBB\xBF");
}

// Applies one "Key: value" header line; false when the key is not one we know, which means the
// text has no header block and the line belongs to the body.
bool apply_header(std::string_view key, std::string_view value, Article& a, std::string& error) {
  const std::string k = text::to_lower_ascii(text::trim(key));
  const std::string v(text::trim(value));
  if (k == "title" || k == "headline") {
    a.title = v;
  } else if (k == "date" || k == "published") {
    set_publication_date(a, v);
    if (!a.published && !v.empty()) error = "unrecognised date '" + v + "' (article kept, undated)";
  } else if (k == "source" || k == "publisher") {
    a.source = v;
  } else if (k == "author" || k == "authors" || k == "byline") {
    if (!v.empty()) a.authors.push_back(v);
  } else if (k == "url" || k == "link") {
    a.url = v;
  } else if (k == "language" || k == "lang") {
    a.language = text::to_lower_ascii(v);
  } else if (k == "id") {
    a.id = v;
  } else {
    return false;
  }
  return true;
}

// The "-- " header of the Reuters financial news files: four lines giving title, byline,
// date and URL, then the body. Reads the lines from `probe` (which then begins after them).
using DashHeader = std::array<std::string_view, 4>;
bool read_dash_header(std::string_view& probe, DashHeader& lines) {
  for (auto& l : lines) {
    l = next_line(probe);
    if (!l.starts_with("--")) return false;
  }
  return true;
}

bool parse_dash_header(std::string_view& rest, Article& a) {
  std::string_view probe = rest;
  DashHeader lines;
  if (!read_dash_header(probe, lines)) return false;
  a.title = text::trim(lines[0].substr(2));
  const std::string_view byline = without_by(text::trim(lines[1].substr(2)));
  if (!byline.empty()) a.authors.emplace_back(byline);
  set_publication_date(a, text::trim(lines[2].substr(2)));
  a.url = text::trim(lines[3].substr(2));
  rest = probe;
  return true;
}

}  // namespace

bool starts_with_dash_header(std::string_view text) {
  DashHeader lines;
  return read_dash_header(text, lines);
}

bool parse_plain_text_article(std::string_view text_in, Article& a, std::string& error) {
  std::string_view rest = text_in;
  if (starts_with_bom(rest)) rest.remove_prefix(3);

  if (!parse_dash_header(rest, a)) {
    // A header block only counts when its first line is a known key and a blank line ends it.
    std::string_view probe = rest;
    Article with_header = a;
    std::string header_error;
    bool is_header = false;
    for (;;) {
      if (probe.empty()) break;
      const std::string_view line = next_line(probe);
      if (text::trim(line).empty()) {
        is_header = true;
        break;
      }
      const auto colon = line.find(':');
      if (colon == std::string_view::npos ||
          !apply_header(line.substr(0, colon), line.substr(colon + 1), with_header, header_error))
        break;
    }
    if (is_header) {
      a = std::move(with_header);
      error = header_error;
      rest = probe;
    }
  }

  a.body = std::string(text::trim(rest));
  if (a.body.empty() && a.title.empty()) {
    error = "no text";
    return false;
  }
  if (a.title.empty()) a.title = text::first_sentence(a.body);
  return true;
}

int PlainTextReader::confidence(std::string_view origin, std::string_view) const {
  return origin.ends_with(".txt") ? 20 : 1;
}

std::optional<Article> read_plain_text_article(std::istream& in, const std::string& origin,
                                               ArticleSink& sink, std::string& header_problem) {
  std::string content, error;
  if (!slurp(in, content, error, limits::kMaxRecordBytes)) {
    sink.skipped(origin, error);
    return std::nullopt;
  }
  Article a;
  a.origin = origin;
  if (!parse_plain_text_article(content, a, header_problem)) {
    sink.skipped(origin, header_problem);
    return std::nullopt;
  }
  return a;
}

void PlainTextReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  std::string error;
  auto a = read_plain_text_article(in, origin, sink, error);
  if (!a) return;
  // A header problem (an unreadable date) is worth a warning but costs the article nothing.
  if (!error.empty()) sink.warning(origin, error);
  sink.article(std::move(*a));
}

}  // namespace newsarchive::indexer
