#include "xml_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/text/text.h"
#include "xml_reading.h"

namespace newsarchive::indexer::xml {
namespace {

std::string_view as_view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool is_block(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",          "div",     "h1", "h2",  "h3",    "h4",     "h5",
      "h6",         "li",      "br", "tr",  "pre",   "hr",     "blockquote",
      "section",    "article", "ul", "ol",  "table", "header", "main",
      "figcaption", "dd",      "dt", "hl1", "hl2",   "block",  "body.content"};
  for (auto b : kBlocks)
    if (name == b) return true;
  return false;
}

void collect_blocks(const xmlNode* n, std::string& current, std::vector<std::string>& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      current += as_view(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      const std::string_view name = local_name(c);
      if (name == "script" || name == "style") continue;
      const bool block = is_block(name);
      if (block && !text::trim(current).empty()) out.push_back(text::collapse_space(current));
      if (block) current.clear();
      collect_blocks(c, current, out);
      if (block && !text::trim(current).empty()) out.push_back(text::collapse_space(current));
      if (block) current.clear();
    }
  }
}

// libxml2 wants its global state set up once before threads use it.
void init_libxml() {
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
}

}  // namespace

Doc parse_xml(std::string_view bytes, std::string& error) {
  // No XML_PARSE_NOENT (no entity substitution) and no XML_PARSE_DTDLOAD: external entities are
  // never fetched, and NONET forbids the network outright. XML_PARSE_HUGE stays off so libxml2's
  // limits on entity amplification apply.
  constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING | XML_PARSE_COMPACT;
  init_libxml();
  xmlResetLastError();
  Doc doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, kOptions));
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    std::string message = e && e->message ? std::string(text::trim(e->message)) : "parse error";
    if (e && e->line > 0) message += ", line " + std::to_string(e->line);
    // The kind first and the details in parentheses, so that the run's summary groups them.
    error = "not well-formed XML (" + message + ")";
  }
  return doc;
}

Doc parse_html(std::string_view bytes, const std::string& encoding) {
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
  init_libxml();
  return Doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr,
                            encoding.empty() ? nullptr : encoding.c_str(), kOptions));
}

std::size_t deepest_element(const xmlNode* root) {
  std::size_t depth = 0, deepest = 0;
  for (const xmlNode* n = root; n;) {
    if (n->type == XML_ELEMENT_NODE) deepest = std::max(deepest, depth + 1);
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      ++depth;
      continue;
    }
    // To the next sibling, climbing as far as needed; never past `root`.
    while (n != root && !n->next) n = n->parent, --depth;
    n = n == root ? nullptr : n->next;
  }
  return deepest;
}

std::string_view local_name(const xmlNode* n) {
  return n ? as_view(n->name) : std::string_view();
}

bool is(const xmlNode* n, std::string_view name) {
  return n && n->type == XML_ELEMENT_NODE && local_name(n) == name;
}

xmlNode* child(const xmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (xmlNode* c = parent->children; c; c = c->next)
    if (is(c, name)) return c;
  return nullptr;
}

std::vector<xmlNode*> children(const xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> out;
  if (!parent) return out;
  for (xmlNode* c = parent->children; c; c = c->next)
    if (is(c, name)) out.push_back(c);
  return out;
}

xmlNode* descendant(const xmlNode* root, std::string_view name) {
  if (!root) return nullptr;
  for (xmlNode* c = root->children; c; c = c->next) {
    if (is(c, name)) return c;
    if (xmlNode* d = descendant(c, name)) return d;
  }
  return nullptr;
}

std::vector<xmlNode*> descendants(const xmlNode* root, std::string_view name) {
  std::vector<xmlNode*> out;
  if (!root) return out;
  for (xmlNode* c = root->children; c; c = c->next) {
    if (is(c, name)) out.push_back(c);
    auto below = descendants(c, name);
    out.insert(out.end(), below.begin(), below.end());
  }
  return out;
}

std::string text_of(const xmlNode* n) {
  if (!n) return {};
  xmlChar* content = xmlNodeGetContent(n);
  std::string out(text::trim(as_view(content)));
  xmlFree(content);
  return out;
}

std::string attr(const xmlNode* n, std::string_view name) {
  if (!n) return {};
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (as_view(a->name) != name) continue;
    xmlChar* value = xmlNodeListGetString(n->doc, a->children, 1);
    std::string out(text::trim(as_view(value)));
    xmlFree(value);
    return out;
  }
  return {};
}

std::string block_text(const xmlNode* n) {
  if (!n) return {};
  std::vector<std::string> blocks;
  std::string current;
  collect_blocks(n, current, blocks);
  if (!text::trim(current).empty()) blocks.push_back(text::collapse_space(current));
  std::string out;
  for (auto& b : blocks) {
    const std::string_view t = text::trim(b);
    if (t.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += t;
  }
  return out;
}

std::string root_element(std::string_view head) {
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string_view::npos) {
    if (head.substr(i, 4) == "<!--") {
      const auto end = head.find("-->", i);
      if (end == std::string_view::npos) return {};
      i = end + 3;
    } else if (i + 1 < head.size() && (head[i + 1] == '?' || head[i + 1] == '!')) {
      ++i;
    } else {
      std::size_t j = i + 1;
      while (j < head.size() && head[j] != '>' && head[j] != ' ' && head[j] != '\t' &&
             head[j] != '\n' && head[j] != '\r' && head[j] != '/')
        ++j;
      std::string name = text::to_lower_ascii(head.substr(i + 1, j - i - 1));
      if (const auto colon = name.find(':'); colon != std::string::npos) name.erase(0, colon + 1);
      return name;
    }
  }
  return {};
}

std::string html_fragment_text(std::string_view html) {
  if (text::trim(html).empty()) return {};
  // Plain text needs no parser, and would lose nothing but would cost one.
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos)
    return text::collapse_space(text::trim(html));
  const Doc doc = parse_html(html, "UTF-8");
  if (!doc) return {};
  return block_text(xmlDocGetRootElement(doc.get()));
}

void set_date(Article& a, std::string_view written, std::string& warning) {
  const std::string_view s = text::trim(written);
  if (s.empty()) return;
  set_publication_date(a, s);
  if (!a.published && s.size() >= 8 && s.find_first_not_of("0123456789") >= 8) {
    // Basic format: insert the separators the extended format has.
    std::string extended = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                           std::string(s.substr(6, 2));
    std::string_view rest = s.substr(8);
    if (rest.size() >= 5 && rest[0] == 'T' &&
        rest.substr(1, 4).find_first_not_of("0123456789") == std::string_view::npos) {
      extended += "T" + std::string(rest.substr(1, 2)) + ":" + std::string(rest.substr(3, 2));
      rest.remove_prefix(5);
      if (rest.size() >= 2 &&
          rest.substr(0, 2).find_first_not_of("0123456789") == std::string_view::npos) {
        extended += ":" + std::string(rest.substr(0, 2));
        rest.remove_prefix(2);
      }
    }
    extended += rest;
    set_publication_date(a, extended);
  }
  if (!a.published) warning = "unrecognised date '" + std::string(s) + "' (article kept, undated)";
}

void deliver(Article a, const std::string& where, const std::string& warning, ArticleSink& sink) {
  a.title = text::collapse_space(text::trim(a.title));
  a.body = std::string(text::trim(a.body));
  if (a.title.empty() && a.body.empty()) {
    sink.skipped(where, "no title or text");
    return;
  }
  if (a.title.empty()) a.title = text::first_sentence(a.body);
  a.origin = where;
  if (!warning.empty()) sink.warning(where, warning);
  sink.article(std::move(a));
}

}  // namespace newsarchive::indexer::xml
