#include "newsarchive/ner/news_corpus.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "newsarchive/ner/conll.h"
#include "newsarchive/text/utf8.h"

namespace newsarchive::ner {
namespace {

std::string decode_sgml_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) {
      out.push_back('&');
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "lt") {
      out.push_back('<');
    } else if (name == "gt") {
      out.push_back('>');
    } else if (name == "amp") {
      out.push_back('&');
    } else if (name == "quot") {
      out.push_back('"');
    } else if (!name.empty() && name[0] == '#') {
      out.push_back(' ');  // control characters in Reuters-21578
    } else {
      out.push_back('&');
      continue;
    }
    i = semi;
  }
  return out;
}

std::uint64_t parse_octal(const char* p, std::size_t n) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n && p[i] >= '0' && p[i] <= '7'; ++i) v = v * 8 + (p[i] - '0');
  return v;
}

}  // namespace

void for_each_reuters21578_article(const std::string& path, const ArticleSink& sink) {
  const std::string data = text::latin1_to_utf8(read_possibly_gzipped(path));
  std::size_t pos = 0;
  while ((pos = data.find("<BODY>", pos)) != std::string::npos) {
    pos += 6;
    const std::size_t end = data.find("</BODY>", pos);
    if (end == std::string::npos) break;
    sink(decode_sgml_entities(std::string_view(data).substr(pos, end - pos)));
    pos = end;
  }
}

void for_each_tar_article(const std::string& path, const ArticleSink& sink) {
  const std::string data = read_possibly_gzipped(path);
  std::size_t pos = 0;
  while (pos + 512 <= data.size()) {
    const char* header = data.data() + pos;
    if (header[0] == '\0') break;  // end-of-archive blocks
    const std::uint64_t size = parse_octal(header + 124, 12);
    const char type = header[156];
    pos += 512;
    if (size > data.size() - pos) throw std::runtime_error("truncated tar archive '" + path + "'");
    if (type == '0' || type == '\0') {
      std::string_view text(data.data() + pos, size);
      // Drop the "-- title", "-- author", "-- date", "-- link" header lines.
      while (text.starts_with("-- ")) {
        const std::size_t eol = text.find('\n');
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
      }
      sink(text);
    }
    pos += (size + 511) / 512 * 512;
  }
}

std::vector<std::string> find_unlabeled_corpus(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> sgml;
  std::vector<std::string> tars;
  const fs::path reuters = fs::path(data_dir) / "reuters21578";
  const fs::path financial = fs::path(data_dir) / "reuters_financial_news";
  std::error_code ec;
  if (fs::is_directory(reuters, ec)) {
    for (const auto& e : fs::directory_iterator(reuters)) {
      const std::string name = e.path().filename().string();
      if (name.starts_with("reut2-") && name.ends_with(".sgm.gz")) sgml.push_back(e.path());
    }
  }
  if (fs::is_directory(financial, ec)) {
    for (const auto& e : fs::directory_iterator(financial)) {
      if (e.path().filename().string().ends_with(".tar.gz")) tars.push_back(e.path());
    }
  }
  std::sort(sgml.begin(), sgml.end());
  std::sort(tars.begin(), tars.end());
  sgml.insert(sgml.end(), tars.begin(), tars.end());
  return sgml;
}

void for_each_article(const std::string& path, const ArticleSink& sink) {
  if (path.ends_with(".tar.gz") || path.ends_with(".tar")) {
    for_each_tar_article(path, sink);
  } else {
    for_each_reuters21578_article(path, sink);
  }
}

}  // namespace newsarchive::ner
