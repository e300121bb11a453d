// The web page's files (server/web/), compiled into news-serve by cmake/embed_web.cmake: the
// page is served from memory, so no request path ever reaches the file system.
#pragma once

#include <string_view>

namespace newsarchive::server {

struct WebAsset {
  std::string_view path;  // as requested: "/", "/app.js"
  std::string_view content_type;
  std::string_view body;
};

// The asset served at exactly this path, or nullptr.
const WebAsset* find_web_asset(std::string_view path);

}  // namespace newsarchive::server
