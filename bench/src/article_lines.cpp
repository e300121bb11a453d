#include "article_lines.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace newsarchive::bench {
namespace {

std::string text_of(const nlohmann::json& obj, const char* key) {
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string day_of(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

}  // namespace

std::size_t for_each_article(const std::string& path,
                             const std::function<void(const LineArticle&)>& on_article) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::size_t count = 0;
  LineArticle a;
  while (std::getline(in, a.line)) {
    const auto obj = nlohmann::json::parse(a.line, nullptr, /*allow_exceptions=*/false);
    if (!obj.is_object()) continue;
    a.id = text_of(obj, "id");
    if (a.id.empty()) continue;
    a.title = text_of(obj, "title");
    a.body = text_of(obj, "body");
    a.day = day_of(text_of(obj, "date"));
    on_article(a);
    ++count;
  }
  return count;
}

}  // namespace newsarchive::bench
