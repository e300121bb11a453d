#include "newsarchive/indexer/readers/html_reader.h"

#include "html_metadata.h"
#include "newsarchive/text/text.h"
#include "xml_reading.h"

namespace newsarchive::indexer {
namespace {

using namespace xml;

// Page furniture that is never part of an article's text.
constexpr std::string_view kBoilerplate[] = {"nav",    "header",   "footer",   "aside",  "script",
                                             "style",  "form",     "noscript", "iframe", "svg",
                                             "button", "template", "select"};

void drop_boilerplate(xmlNode* root) {
  std::vector<xmlNode*> doomed;
  for (auto name : kBoilerplate) {
    auto found = descendants(root, name);
    doomed.insert(doomed.end(), found.begin(), found.end());
  }
  // Freeing a node frees its subtree, so only the outermost doomed nodes are freed.
  std::vector<xmlNode*> roots;
  for (xmlNode* n : doomed) {
    bool inside = false;
    for (const xmlNode* p = n->parent; p && !inside; p = p->parent)
      for (const xmlNode* d : doomed)
        if (d == p) inside = true;
    if (!inside) roots.push_back(n);
  }
  for (xmlNode* n : roots) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }
}

xmlNode* with_itemprop(xmlNode* root, std::string_view value) {
  if (!root) return nullptr;
  for (xmlNode* c = root->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (attr(c, "itemprop") == value) return c;
    if (xmlNode* d = with_itemprop(c, value)) return d;
  }
  return nullptr;
}

std::size_t paragraph_chars(const xmlNode* n) {
  std::size_t total = 0;
  for (const xmlNode* p : children(n, "p")) total += text_of(p).size();
  return total;
}

// The element whose own <p> children hold the most text: where the story is on a page that
// marks nothing up.
const xmlNode* densest_paragraphs(const xmlNode* root) {
  const xmlNode* best = nullptr;
  std::size_t best_chars = 0;
  const auto visit = [&](const auto& self, const xmlNode* n) -> void {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (const auto chars = paragraph_chars(c); chars > best_chars) {
        best = c;
        best_chars = chars;
      }
      self(self, c);
    }
  };
  visit(visit, root);
  return best;
}

std::string article_text(xmlNode* root) {
  if (const xmlNode* body = with_itemprop(root, "articleBody"))
    if (auto t = block_text(body); !t.empty()) return t;
  std::string longest;
  for (const xmlNode* article : descendants(root, "article"))
    if (auto t = block_text(article); t.size() > longest.size()) longest = std::move(t);
  if (!longest.empty()) return longest;
  if (const xmlNode* main = descendant(root, "main"))
    if (auto t = block_text(main); !t.empty()) return t;
  return block_text(densest_paragraphs(root));
}

}  // namespace

bool parse_html_article(std::string_view html, const std::string& encoding, Article& a,
                        std::string& error) {
  const Doc doc = parse_html(html, encoding);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) {
    error = "not readable as HTML";
    return false;
  }
  // Metadata first: JSON-LD lives in <script>, which the text extraction throws away.
  const PageMetadata meta = read_page_metadata(root);
  drop_boilerplate(root);
  a.body = article_text(root);
  if (a.body.empty()) a.body = meta.article_body;
  if (a.body.empty()) {
    error = deepest_element(root) >= kLibxmlMaxDepth
                ? "nested too deeply (over " + std::to_string(kLibxmlMaxDepth) +
                      " levels of elements: the text below them is not read)"
                : "no article text on the page (navigation or boilerplate only)";
    return false;
  }
  a.title = meta.title;
  if (a.title.empty()) a.title = text_of(descendant(root, "h1"));
  a.authors = meta.authors;
  a.source = meta.publisher;
  a.url = meta.url;
  a.language = meta.language;
  if (!meta.date.empty()) set_date(a, meta.date, error);
  return true;
}

int HtmlReader::confidence(std::string_view origin, std::string_view head) const {
  if (root_element(head) == "html") return 80;
  const std::string lower = text::to_lower_ascii(head.substr(0, 1024));
  if (lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos)
    return 80;
  if (lower.find("<body") != std::string::npos || lower.find("<article") != std::string::npos)
    return 40;
  return origin.ends_with(".html") || origin.ends_with(".htm") ? 30 : 0;
}

void HtmlReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  std::string bytes, error;
  if (!slurp(in, bytes, error)) {
    sink.skipped(origin, error);
    return;
  }
  Article a;
  if (!parse_html_article(bytes, "", a, error)) {
    sink.skipped(origin, error);
    return;
  }
  deliver(std::move(a), origin, error, sink);
}

}  // namespace newsarchive::indexer
