#include "newsarchive/indexer/readers/warc_reader.h"

#include <charconv>
#include <map>
#include <sstream>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/indexer/limits.h"
#include "newsarchive/indexer/readers/html_reader.h"
#include "newsarchive/text/text.h"
#include "xml_reading.h"

namespace newsarchive::indexer {
namespace {

// The stream, with the ability to give back bytes read too far (needed to resynchronise after
// a record whose declared length was too long).
class Input {
 public:
  explicit Input(std::istream& in) : in_(in) {}

  bool line(std::string& out) {
    out.clear();
    for (;;) {
      if (pos_ == pending_.size() && !refill()) return !out.empty();
      const auto nl = pending_.find('\n', pos_);
      const auto end = nl == std::string::npos ? pending_.size() : nl;
      out.append(pending_, pos_, end - pos_);
      pos_ = nl == std::string::npos ? end : nl + 1;
      if (nl != std::string::npos) {
        if (!out.empty() && out.back() == '\r') out.pop_back();
        return true;
      }
    }
  }

  // Reads up to n bytes; fewer at the end of the stream.
  std::string bytes(std::uint64_t n) {
    std::string out;
    while (out.size() < n) {
      if (pos_ == pending_.size() && !refill()) break;
      const auto take = std::min<std::uint64_t>(n - out.size(), pending_.size() - pos_);
      out.append(pending_, pos_, take);
      pos_ += take;
    }
    return out;
  }

  void skip(std::uint64_t n) {
    while (n > 0) {
      if (pos_ == pending_.size() && !refill()) return;
      const auto take = std::min<std::uint64_t>(n, pending_.size() - pos_);
      pos_ += take;
      n -= take;
    }
  }

  void give_back(std::string_view data) {
    pending_ = std::string(data) + pending_.substr(pos_);
    pos_ = 0;
  }

 private:
  bool refill() {
    char chunk[1 << 16];
    in_.read(chunk, sizeof chunk);
    const auto n = static_cast<std::size_t>(in_.gcount());
    pending_.assign(chunk, n);
    pos_ = 0;
    return n > 0;
  }

  std::istream& in_;
  std::string pending_;
  std::size_t pos_ = 0;
};

using Headers = std::map<std::string, std::string>;  // names lower-cased

// "Name: value" lines up to the first empty line.
Headers read_headers(Input& in) {
  Headers h;
  std::string line;
  while (in.line(line) && !line.empty()) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    h[text::to_lower_ascii(text::trim(std::string_view(line).substr(0, colon)))] =
        std::string(text::trim(std::string_view(line).substr(colon + 1)));
  }
  return h;
}

std::string header(const Headers& h, const std::string& name) {
  const auto it = h.find(name);
  return it == h.end() ? std::string() : it->second;
}

// Where the next record starts in `data` ("WARC/1." at the start of a line), or npos.
std::size_t next_record_start(std::string_view data) {
  if (data.starts_with("WARC/1.")) return 0;
  const auto p = data.find("\nWARC/1.");
  return p == std::string_view::npos ? p : p + 1;
}

std::string charset_of(std::string_view content_type) {
  const std::string lower = text::to_lower_ascii(content_type);
  const auto p = lower.find("charset=");
  if (p == std::string::npos) return {};
  std::string cs(text::trim(std::string_view(lower).substr(p + 8)));
  cs = cs.substr(0, cs.find(';'));
  if (cs.size() >= 2 && cs.front() == '"') cs = cs.substr(1, cs.size() - 2);
  return cs;
}

// Undoes HTTP chunked transfer coding; false when the chunks do not add up.
bool dechunk(std::string_view in, std::string& out) {
  out.clear();
  for (;;) {
    const auto nl = in.find('\n');
    if (nl == std::string_view::npos) return false;
    std::uint64_t size = 0;
    const auto digits = text::trim(in.substr(0, in.find_first_of(";\r\n")));
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), size, 16);
    if (ec != std::errc() || end != digits.data() + digits.size()) return false;
    in.remove_prefix(nl + 1);
    if (size == 0) return true;
    if (size > in.size()) return false;
    out.append(in.substr(0, size));
    in.remove_prefix(size);
    if (in.starts_with("\r\n"))
      in.remove_prefix(2);
    else if (in.starts_with("\n"))
      in.remove_prefix(1);
  }
}

// Turns one response record's block (an HTTP response) into an article, or says why not.
// Returns false quietly (empty `error`) for responses that are not HTML pages.
bool response_article(std::string_view block, const Headers& warc, Article& a, std::string& error) {
  const auto split = block.find("\r\n\r\n");
  if (split == std::string_view::npos) {
    error = "response record without an HTTP header";
    return false;
  }
  std::istringstream head_stream{std::string(block.substr(0, split + 2))};
  Input head(head_stream);
  std::string status;
  head.line(status);
  const Headers http = read_headers(head);
  const std::string type = text::to_lower_ascii(header(http, "content-type"));
  if (type.find("html") == std::string::npos) return false;
  if (!status.starts_with("HTTP/") || status.find(" 200") == std::string::npos) return false;
  std::string_view payload = block.substr(split + 4);
  std::string unchunked;
  if (text::to_lower_ascii(header(http, "transfer-encoding")).find("chunked") !=
      std::string::npos) {
    if (!dechunk(payload, unchunked)) {
      error = "broken chunked HTTP payload";
      return false;
    }
    payload = unchunked;
  }
  const std::string coding = text::to_lower_ascii(header(http, "content-encoding"));
  if (!coding.empty() && coding != "identity") {
    error = "HTTP payload is " + coding + "-encoded (not decoded)";
    return false;
  }
  if (!parse_html_article(payload, charset_of(type), a, error)) return false;
  a.url = header(warc, "warc-target-uri");
  a.id = a.url;
  if (!a.published) {
    set_publication_date(a, header(warc, "warc-date"));
    error.clear();  // the page's unreadable date is replaced by the crawl date
  }
  return true;
}

}  // namespace

int WarcReader::confidence(std::string_view origin, std::string_view head) const {
  if (head.starts_with("WARC/1.")) return 100;
  return origin.ends_with(".warc") || origin.ends_with(".warc.gz") ? 20 : 0;
}

void WarcReader::read(std::istream& stream, const std::string& origin, ArticleSink& sink) const {
  Input in(stream);
  std::string line;
  std::size_t number = 0;
  bool resyncing = false;
  while (in.line(line)) {
    if (!line.starts_with("WARC/1.")) {
      // Blank lines between records are normal; anything else means we are lost and look for
      // the next header.
      if (!text::trim(line).empty() && !resyncing) {
        sink.skipped(origin + ":record " + std::to_string(number + 1),
                     "expected a WARC/1.x header (resynchronising)");
        resyncing = true;
      }
      continue;
    }
    resyncing = false;
    const std::string where = origin + ":record " + std::to_string(++number);
    const Headers warc = read_headers(in);
    std::uint64_t length = 0;
    const std::string declared = header(warc, "content-length");
    const auto [end, ec] =
        std::from_chars(declared.data(), declared.data() + declared.size(), length);
    if (declared.empty() || ec != std::errc() || end != declared.data() + declared.size()) {
      sink.skipped(where, "missing or unreadable Content-Length (resynchronising)");
      resyncing = true;
      continue;
    }
    if (length > limits::kMaxWarcRecordBytes) {
      in.skip(length);
      in.skip(4);
      sink.skipped(where, "record too large (" + std::to_string(length >> 20) + " MB)");
      continue;
    }
    const std::string block = in.bytes(length);
    const std::string trailer = in.bytes(4);
    if (block.size() < length || trailer != "\r\n\r\n") {
      // The declared length is wrong: the record's end is unknown, so it is dropped and reading
      // resumes at the next header found in what was read, or further on.
      const std::string seen = block + trailer;
      if (const auto next = next_record_start(seen); next != std::string::npos)
        in.give_back(std::string_view(seen).substr(next));
      sink.skipped(where, block.size() < length
                              ? "truncated record (Content-Length " + declared + ", " +
                                    std::to_string(block.size()) + " bytes left)"
                              : "Content-Length does not match the record (declared " + declared +
                                    "; resynchronised)");
      resyncing = true;
      continue;
    }
    if (header(warc, "warc-type") != "response") continue;
    Article a;
    std::string error;
    if (!response_article(block, warc, a, error)) {
      if (!error.empty()) sink.skipped(where, error);
      continue;
    }
    xml::deliver(std::move(a), where, error, sink);
  }
}

}  // namespace newsarchive::indexer
