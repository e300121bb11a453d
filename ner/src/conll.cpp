#include "newsarchive/ner/conll.h"

#include <zlib.h>

#include <stdexcept>

namespace newsarchive::ner {

std::string read_possibly_gzipped(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");  // reads plain files unchanged too
  if (file == nullptr) throw std::runtime_error("cannot open '" + path + "'");
  std::string data;
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) data.append(buffer, n);
  const bool failed = n < 0;
  gzclose(file);
  if (failed) throw std::runtime_error("cannot decompress '" + path + "'");
  return data;
}

std::vector<LabeledDocument> read_conll(const std::string& path) {
  const std::string data = read_possibly_gzipped(path);
  std::vector<LabeledDocument> docs;
  std::vector<std::string> tags;  // of the current sentence
  // Entities never cross sentences, so IOB1 is decoded one sentence at a time.
  const auto finish_sentence = [&] {
    if (docs.empty()) return;
    LabeledDocument& d = docs.back();
    const std::size_t first = d.sentences.empty() ? 0 : d.sentences.back().last;
    if (d.words.size() > first) d.sentences.push_back({first, d.words.size()});
    for (Span span : spans_from_iob1(tags)) {
      span.first += first;
      span.last += first;
      d.entities.push_back(span);
    }
    tags.clear();
  };
  const auto finish_document = [&] { finish_sentence(); };
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) eol = data.size();
    std::string_view line(data.data() + pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish_sentence();
      continue;
    }
    const std::size_t first_space = line.find(' ');
    const std::size_t last_space = line.rfind(' ');
    if (first_space == std::string_view::npos) {
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": expected columns");
    }
    const std::string_view word = line.substr(0, first_space);
    if (word == "-DOCSTART-") {
      finish_document();
      docs.emplace_back();
      continue;
    }
    if (docs.empty()) docs.emplace_back();  // a file without -DOCSTART- is one document
    docs.back().words.emplace_back(word);
    tags.emplace_back(line.substr(last_space + 1));
  }
  finish_document();
  return docs;
}

}  // namespace newsarchive::ner
