#include "newsarchive/indexer/readers/nitf_reader.h"

#include "byline.h"
#include "newsarchive/text/text.h"
#include "xml_reading.h"

namespace newsarchive::indexer {
namespace {

std::string byline_name(const std::string& s) {
  return text::collapse_space(text::trim(without_by(s)));
}

void extract_nitf(const xmlNode* root, const std::string& origin, ArticleSink& sink) {
  using namespace xml;
  Article a;
  std::string warning;
  const xmlNode* head = child(root, "head");
  const xmlNode* body = child(root, "body");
  const xmlNode* body_head = child(body, "body.head");
  const xmlNode* docdata = child(head, "docdata");
  const xmlNode* pubdata = child(head, "pubdata");

  a.title = text_of(descendant(child(body_head, "hedline"), "hl1"));
  if (a.title.empty()) a.title = text_of(child(head, "title"));
  if (const xmlNode* byline = child(body_head, "byline")) {
    // <byline>By <person>Ana Ruiz</person>, <byttl>Staff Writer</byttl></byline>
    const auto people = descendants(byline, "person");
    for (const xmlNode* p : people) a.authors.push_back(text_of(p));
    if (people.empty())
      if (auto b = byline_name(text_of(byline)); !b.empty()) a.authors.push_back(b);
  }
  a.id = attr(child(docdata, "doc-id"), "id-string");
  a.source = attr(child(docdata, "doc.copyright"), "holder");
  if (a.source.empty()) a.source = attr(pubdata, "name");
  a.language = attr(root, "lang");
  if (a.language.empty()) a.language = attr(body, "lang");

  std::string date = attr(child(docdata, "date.issue"), "norm");
  if (date.empty()) date = attr(pubdata, "date.publication");
  if (date.empty()) date = attr(child(docdata, "date.release"), "norm");
  set_date(a, date, warning);

  for (const xmlNode* s : descendants(head, "tobject.subject")) {
    std::string v = attr(s, "tobject.subject-matter");
    if (v.empty()) v = attr(s, "tobject.subject-type");
    if (v.empty()) v = attr(s, "tobject.subject-refnum");
    if (!v.empty()) a.labels.emplace_back("subjects", std::move(v));
  }
  for (const xmlNode* k : descendants(child(docdata, "key-list"), "keyword"))
    if (auto v = attr(k, "key"); !v.empty()) a.labels.emplace_back("keywords", std::move(v));

  a.body = block_text(child(body, "body.content"));
  deliver(std::move(a), origin, warning, sink);
}

}  // namespace

int NitfReader::confidence(std::string_view origin, std::string_view head) const {
  if (xml::root_element(head) == "nitf") return 90;
  return origin.ends_with(".nitf") ? 10 : 0;
}

void NitfReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  xml::read_xml_document(
      in, origin, sink, [](const xmlNode* root, const std::string& o, ArticleSink& s) {
        if (!xml::is(root, "nitf")) {
          s.skipped(
              o, "not a NITF document (root element <" + std::string(xml::local_name(root)) + ">)");
          return;
        }
        extract_nitf(root, o, s);
      });
}

}  // namespace newsarchive::indexer
