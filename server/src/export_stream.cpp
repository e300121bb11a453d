#include "export_stream.h"

#include <vector>

#include "result_json.h"

namespace newsarchive::server {
namespace {

// Hits fetched per search(): large enough that an export is mostly reading, small enough that
// the first bytes leave soon.
constexpr std::size_t kPageSize = 500;

std::string csv_cell(std::string text) {
  if (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos)
    text.insert(0, "'");
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "; ") + v;
  return out;
}

}  // namespace

std::string csv_header() {
  return "rank,id,date,title,source,authors,url,language,score,similar,cluster,snippet\r\n";
}

std::string csv_row(const Hit& hit) {
  const std::vector<std::string> cells{std::to_string(hit.rank),
                                       hit.id,
                                       hit.date.value_or(""),
                                       hit.title,
                                       hit.source,
                                       joined(hit.authors),
                                       hit.url,
                                       hit.language,
                                       std::to_string(hit.score),
                                       std::to_string(hit.similar),
                                       hit.cluster,
                                       hit.snippet.text};
  std::string line;
  for (const auto& cell : cells) line += (line.empty() ? "" : ",") + csv_cell(cell);
  return line + "\r\n";
}

const char* ExportStream::content_type(ExportFormat format) {
  return format == ExportFormat::kCsv ? "text/csv; charset=utf-8" : "application/x-ndjson";
}

ExportStream::ExportStream(const Searcher& searcher, SearchRequest request, ExportFormat format,
                           const Limits& limits)
    : searcher_(searcher),
      request_(std::move(request)),
      format_(format),
      limits_(limits),
      deadline_(std::chrono::steady_clock::now() +
                std::chrono::seconds(limits.seconds_per_request)) {
  request_.facets.clear();
  request_.explain = false;
  request_.offset = 0;
  request_.limit = std::min(kPageSize, limits_.max_export_rows);
  if (format_ == ExportFormat::kCsv) pending_ = csv_header();
  pending_ += rows(searcher_.search(request_));
}

std::string ExportStream::next_chunk() {
  if (!pending_.empty()) return std::exchange(pending_, {});
  if (done_) return {};
  if (written_ >= limits_.max_export_rows) {
    done_ = true;
    return stop_note("stopped at the server's limit of " + std::to_string(written_) + " rows");
  }
  if (std::chrono::steady_clock::now() > deadline_) {
    done_ = true;
    return stop_note("stopped after " + std::to_string(limits_.seconds_per_request) +
                     " s, the server's time limit, at " + std::to_string(written_) + " rows");
  }
  request_.offset = written_;
  request_.limit = std::min(kPageSize, limits_.max_export_rows - written_);
  try {
    return rows(searcher_.search(request_));
  } catch (const std::exception& e) {
    done_ = true;
    return stop_note(std::string("stopped by an error: ") + e.what());
  }
}

std::string ExportStream::rows(const SearchResult& page) {
  if (page.hits.size() < request_.limit) done_ = true;
  std::string out;
  for (const auto& hit : page.hits)
    out +=
        format_ == ExportFormat::kCsv ? csv_row(hit) : json_out::dump_line(json_out::hit_json(hit));
  written_ += page.hits.size();
  return out;
}

// An export cut short must not pass for a whole one: its last line says why it stopped.
std::string ExportStream::stop_note(const std::string& why) const {
  if (format_ == ExportFormat::kCsv) return "# incomplete: " + why + "\r\n";
  return json_out::dump_line({{"error", {{"kind", "incomplete"}, {"message", why}}}});
}

}  // namespace newsarchive::server
