#include "html_metadata.h"

#include <nlohmann/json.hpp>

#include "newsarchive/text/text.h"
#include "xml_tree.h"

namespace newsarchive::indexer {
namespace {

using nlohmann::json;

bool is_article_type(const json& type) {
  static constexpr std::string_view kTypes[] = {"NewsArticle",           "Article",
                                                "ReportageNewsArticle",  "AnalysisNewsArticle",
                                                "OpinionNewsArticle",    "ReviewNewsArticle",
                                                "BackgroundNewsArticle", "BlogPosting",
                                                "LiveBlogPosting",       "Report"};
  if (type.is_array()) {
    for (const auto& t : type)
      if (is_article_type(t)) return true;
    return false;
  }
  if (!type.is_string()) return false;
  const auto& s = type.get_ref<const std::string&>();
  for (auto k : kTypes)
    if (s == k || s == "http://schema.org/" + std::string(k) ||
        s == "https://schema.org/" + std::string(k))
      return true;
  return false;
}

// The first article object anywhere in a JSON-LD value (top level, a list, or an @graph).
const json* find_article(const json& v) {
  if (v.is_object()) {
    if (const auto t = v.find("@type"); t != v.end() && is_article_type(*t)) return &v;
    if (const auto g = v.find("@graph"); g != v.end()) return find_article(*g);
  } else if (v.is_array()) {
    for (const auto& e : v)
      if (const json* found = find_article(e)) return found;
  }
  return nullptr;
}

// A name from a string, an object with "name" (Person, Organization) or "@id", or a list.
std::vector<std::string> names(const json& v) {
  std::vector<std::string> out;
  if (v.is_string()) {
    if (auto s = std::string(text::trim(v.get_ref<const std::string&>())); !s.empty())
      out.push_back(std::move(s));
  } else if (v.is_object()) {
    if (const auto n = v.find("name"); n != v.end()) return names(*n);
  } else if (v.is_array()) {
    for (const auto& e : v)
      for (auto& n : names(e)) out.push_back(std::move(n));
  }
  return out;
}

std::string first_name(const json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end()) return {};
  auto all = names(*it);
  return all.empty() ? std::string() : all.front();
}

void read_json_ld(const xmlNode* root, PageMetadata& m) {
  for (const xmlNode* script : xml::descendants(root, "script")) {
    if (text::to_lower_ascii(xml::attr(script, "type")) != "application/ld+json") continue;
    const json doc = json::parse(xml::text_of(script), nullptr, /*allow_exceptions=*/false);
    const json* article = find_article(doc);
    if (!article) continue;
    m.title = first_name(*article, "headline");
    if (m.title.empty()) m.title = first_name(*article, "name");
    m.date = first_name(*article, "datePublished");
    if (m.date.empty()) m.date = first_name(*article, "dateCreated");
    if (const auto a = article->find("author"); a != article->end()) m.authors = names(*a);
    m.publisher = first_name(*article, "publisher");
    m.url = first_name(*article, "url");
    if (const auto page = article->find("mainEntityOfPage");
        m.url.empty() && page != article->end()) {
      if (page->is_string()) m.url = page->get<std::string>();
      if (page->is_object() && page->contains("@id") && (*page)["@id"].is_string())
        m.url = (*page)["@id"].get<std::string>();
    }
    m.language = first_name(*article, "inLanguage");
    m.article_body = first_name(*article, "articleBody");
    return;
  }
}

// Fills only what JSON-LD left empty.
void read_meta_tags(const xmlNode* root, PageMetadata& m) {
  std::string og_title, published, author, site, og_url, named_date;
  for (const xmlNode* meta : xml::descendants(root, "meta")) {
    std::string key = xml::attr(meta, "property");
    if (key.empty()) key = xml::attr(meta, "name");
    key = text::to_lower_ascii(key);
    const std::string content = xml::attr(meta, "content");
    if (content.empty()) continue;
    if (key == "og:title" && og_title.empty()) og_title = content;
    if (key == "article:published_time" && published.empty()) published = content;
    if ((key == "date" || key == "pubdate" || key == "dc.date" || key == "dc.date.issued") &&
        named_date.empty())
      named_date = content;
    // article:author is often a profile URL, which is no name.
    if ((key == "author" || (key == "article:author" && !content.starts_with("http"))) &&
        author.empty())
      author = content;
    if (key == "og:site_name" && site.empty()) site = content;
    if (key == "og:url" && og_url.empty()) og_url = content;
  }
  if (m.title.empty()) m.title = og_title;
  if (m.date.empty()) m.date = !published.empty() ? published : named_date;
  if (m.authors.empty() && !author.empty()) m.authors.push_back(author);
  if (m.publisher.empty()) m.publisher = site;
  if (m.url.empty()) m.url = og_url;
  if (m.url.empty())
    for (const xmlNode* link : xml::descendants(root, "link"))
      if (text::to_lower_ascii(xml::attr(link, "rel")) == "canonical") {
        m.url = xml::attr(link, "href");
        break;
      }
  if (m.title.empty()) m.title = xml::text_of(xml::descendant(root, "title"));
  if (m.date.empty())
    if (const xmlNode* time = xml::descendant(root, "time")) m.date = xml::attr(time, "datetime");
  if (m.language.empty()) m.language = xml::attr(root, "lang");
}

}  // namespace

PageMetadata read_page_metadata(const xmlNode* root) {
  PageMetadata m;
  read_json_ld(root, m);
  read_meta_tags(root, m);
  m.title = text::collapse_space(text::trim(m.title));
  // "en-GB" names a language and a region; the stemmer only needs the language.
  m.language = text::to_lower_ascii(m.language.substr(0, m.language.find_first_of("-_")));
  return m;
}

}  // namespace newsarchive::indexer
