#include "newsarchive/indexer/readers/feed_reader.h"

#include "newsarchive/text/text.h"
#include "xml_reading.h"

namespace newsarchive::indexer {
namespace {

using namespace xml;

// Atom text constructs say how they are written: "html" is escaped markup, "xhtml" is a <div>
// of real elements, "text" (the default) is plain.
std::string atom_text(const xmlNode* n) {
  if (!n) return {};
  const std::string type = attr(n, "type");
  if (type == "html") return html_fragment_text(text_of(n));
  if (type == "xhtml") return block_text(n);
  return text_of(n);
}

// RSS 2.0's <author> is "email (Name)"; the name is what people search for.
std::string rss_author(std::string v) {
  const auto open = v.find(" (");
  if (v.find('@') < open && open != std::string::npos && v.ends_with(")"))
    return std::string(text::trim(std::string_view(v).substr(open + 2, v.size() - open - 3)));
  return v;
}

void rss_item(const xmlNode* item, const std::string& source, const std::string& where,
              ArticleSink& sink) {
  Article a;
  std::string warning;
  a.source = source;
  a.title = html_fragment_text(text_of(child(item, "title")));
  a.url = text_of(child(item, "link"));
  a.id = text_of(child(item, "guid"));
  if (const xmlNode* encoded = child(item, "encoded"))
    a.body = html_fragment_text(text_of(encoded));
  if (a.body.empty()) a.body = html_fragment_text(text_of(child(item, "description")));
  const xmlNode* date = child(item, "pubDate");
  if (!date) date = child(item, "date");  // dc:date (RSS 1.0)
  set_date(a, text_of(date), warning);
  for (const char* name : {"author", "creator"})
    for (const xmlNode* n : children(item, name))
      if (auto v = rss_author(text_of(n)); !v.empty()) a.authors.push_back(std::move(v));
  for (const xmlNode* c : children(item, "category"))
    if (auto v = text_of(c); !v.empty()) a.labels.emplace_back("categories", std::move(v));
  deliver(std::move(a), where, warning, sink);
}

void atom_entry(const xmlNode* entry, const std::string& source, const std::string& where,
                ArticleSink& sink) {
  Article a;
  std::string warning;
  a.source = source;
  a.title = atom_text(child(entry, "title"));
  a.id = text_of(child(entry, "id"));
  for (const xmlNode* link : children(entry, "link")) {
    const std::string rel = attr(link, "rel");
    if (rel.empty() || rel == "alternate") {
      a.url = attr(link, "href");
      break;
    }
  }
  a.body = atom_text(child(entry, "content"));
  if (a.body.empty()) a.body = atom_text(child(entry, "summary"));
  const xmlNode* date = child(entry, "published");
  if (!date) date = child(entry, "updated");
  set_date(a, text_of(date), warning);
  for (const xmlNode* author : children(entry, "author"))
    if (auto v = text_of(child(author, "name")); !v.empty()) a.authors.push_back(std::move(v));
  for (const xmlNode* c : children(entry, "category")) {
    std::string v = attr(c, "label");
    if (v.empty()) v = attr(c, "term");
    if (!v.empty()) a.labels.emplace_back("categories", std::move(v));
  }
  deliver(std::move(a), where, warning, sink);
}

void extract_feed(const xmlNode* root, const std::string& origin, ArticleSink& sink) {
  std::size_t number = 0;
  const auto where = [&] { return origin + ":item " + std::to_string(++number); };
  if (is(root, "feed")) {
    const std::string source = atom_text(child(root, "title"));
    for (const xmlNode* entry : children(root, "entry")) atom_entry(entry, source, where(), sink);
  } else if (is(root, "rss") || is(root, "RDF")) {
    const xmlNode* channel = child(root, "channel");
    const std::string source = text_of(child(channel, "title"));
    // RSS 2.0 keeps items in the channel, RSS 1.0 beside it.
    for (const xmlNode* parent : {channel, root})
      for (const xmlNode* item : children(parent, "item")) rss_item(item, source, where(), sink);
  } else {
    sink.skipped(origin,
                 "not an RSS or Atom feed (root element <" + std::string(local_name(root)) + ">)");
    return;
  }
  if (number == 0) sink.skipped(origin, "feed has no items");
}

}  // namespace

int FeedReader::confidence(std::string_view origin, std::string_view head) const {
  const std::string root = root_element(head);
  if (root == "rss") return 90;
  if (root == "feed" && head.find("http://www.w3.org/2005/Atom") != std::string_view::npos)
    return 90;
  if (root == "rdf" && head.find("purl.org/rss") != std::string_view::npos) return 90;
  return origin.ends_with(".rss") || origin.ends_with(".atom") ? 10 : 0;
}

void FeedReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  read_xml_document(in, origin, sink, extract_feed);
}

}  // namespace newsarchive::indexer
