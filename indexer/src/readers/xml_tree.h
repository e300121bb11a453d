// Small helpers over libxml2 trees for the XML readers (NITF, NewsML-G2, RSS, Atom) and the HTML
// reader. Elements are matched by local name, ignoring namespaces: news feeds mix prefixes
// freely (dc:creator, content:encoded, atom:link) and their meaning does not depend on them.
#pragma once

#include <libxml/tree.h>

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bounded_read.h"

namespace newsarchive::indexer::xml {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

// Parses XML without touching the network and without loading external entities or DTDs.
// Returns nullptr with `error` set ("not well-formed XML: ... (line N)") on failure.
Doc parse_xml(std::string_view bytes, std::string& error);
// Parses HTML leniently (libxml2's HTML parser with recovery). `encoding` may be empty.
Doc parse_html(std::string_view bytes, const std::string& encoding);

std::string_view local_name(const xmlNode* n);

// How many elements deep the tree under `root` goes, walked without recursion. libxml2 stops
// reading a document at 256 levels (kLibxmlMaxDepth), and the text below is lost.
inline constexpr std::size_t kLibxmlMaxDepth = 256;
std::size_t deepest_element(const xmlNode* root);
bool is(const xmlNode* n, std::string_view name);
// First child element with this local name, or nullptr.
xmlNode* child(const xmlNode* parent, std::string_view name);
std::vector<xmlNode*> children(const xmlNode* parent, std::string_view name);
// First element with this local name in the subtree (pre-order), or nullptr.
xmlNode* descendant(const xmlNode* root, std::string_view name);
std::vector<xmlNode*> descendants(const xmlNode* root, std::string_view name);
// All text below `n`, trimmed (empty for nullptr).
std::string text_of(const xmlNode* n);
// Attribute by local name ("" when absent).
std::string attr(const xmlNode* n, std::string_view name);
// The text of an element laid out as paragraphs: block elements (p, div, h1..h6, li, br, ...)
// are separated by a blank line, space inside a paragraph is collapsed.
std::string block_text(const xmlNode* n);

// The local name of the first element in `head` (skipping the XML declaration, comments and
// the doctype), lower-cased; empty when none is seen.
std::string root_element(std::string_view head);

// The text of an HTML fragment (an RSS description, an Atom content of type "html"), laid out
// as block_text() does; scripts and styles dropped.
std::string html_fragment_text(std::string_view html);

}  // namespace newsarchive::indexer::xml
