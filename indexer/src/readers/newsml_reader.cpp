#include "newsarchive/indexer/readers/newsml_reader.h"

#include "byline.h"
#include "newsarchive/text/text.h"
#include "xml_reading.h"

namespace newsarchive::indexer {
namespace {

// "literal" attribute, else a <name> child, else the qcode: the most readable label there is.
std::string readable(const xmlNode* n) {
  using namespace xml;
  if (!n) return {};
  if (auto v = attr(n, "literal"); !v.empty()) return v;
  if (auto v = text_of(child(n, "name")); !v.empty()) return v;
  return attr(n, "qcode");
}

void extract_item(const xmlNode* item, const std::string& where, ArticleSink& sink) {
  using namespace xml;
  Article a;
  std::string warning;
  const xmlNode* item_meta = child(item, "itemMeta");
  const xmlNode* content_meta = child(item, "contentMeta");
  const xmlNode* content_set = child(item, "contentSet");

  a.id = attr(item, "guid");
  a.language = attr(item, "lang");
  a.title = text_of(child(content_meta, "headline"));
  for (const xmlNode* by : children(content_meta, "by")) {
    const std::string b(without_by(text_of(by)));
    if (!b.empty()) a.authors.push_back(text::collapse_space(b));
  }
  if (a.authors.empty())
    for (const xmlNode* c : children(content_meta, "creator"))
      if (auto v = readable(c); !v.empty()) a.authors.push_back(v);
  a.source = readable(child(item_meta, "provider"));
  if (a.source.empty()) a.source = readable(child(content_meta, "infoSource"));
  if (a.language.empty()) a.language = attr(child(content_meta, "language"), "tag");

  std::string date = text_of(child(item_meta, "firstCreated"));
  if (date.empty()) date = text_of(child(content_meta, "contentCreated"));
  if (date.empty()) date = text_of(child(item_meta, "versionCreated"));
  set_date(a, date, warning);

  for (const xmlNode* s : children(content_meta, "subject"))
    if (auto v = readable(s); !v.empty()) a.labels.emplace_back("subjects", std::move(v));

  if (const xmlNode* inline_xml = descendant(content_set, "inlineXML")) {
    const xmlNode* body = descendant(inline_xml, "body");
    a.body = block_text(body ? body : inline_xml);
  } else if (const xmlNode* inline_data = descendant(content_set, "inlineData")) {
    a.body = text_of(inline_data);
  }
  deliver(std::move(a), where, warning, sink);
}

}  // namespace

int NewsMlReader::confidence(std::string_view origin, std::string_view head) const {
  const std::string root = xml::root_element(head);
  if (root == "newsitem" || root == "newsmessage") return 90;
  return origin.ends_with(".newsml") ? 10 : 0;
}

void NewsMlReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  xml::read_xml_document(in, origin, sink,
                         [](const xmlNode* root, const std::string& o, ArticleSink& s) {
                           if (xml::is(root, "newsItem")) {
                             extract_item(root, o, s);
                             return;
                           }
                           const auto items = xml::descendants(root, "newsItem");
                           if (items.empty()) {
                             s.skipped(o, "no NewsML-G2 newsItem in the document");
                             return;
                           }
                           for (std::size_t i = 0; i < items.size(); ++i)
                             extract_item(items[i], o + ":item " + std::to_string(i + 1), s);
                         });
}

}  // namespace newsarchive::indexer
