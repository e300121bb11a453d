// news-serve's HTTP side: routes the API (api.h) and the web page (web_assets.h) onto
// cpp-httplib, and applies what makes it safe to expose: a bearer token, CORS only for the
// origin named, bounded requests and time, security headers, GET only.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "api.h"
#include "listen_address.h"
#include "request_limits.h"

namespace newsarchive::server {

struct ServerOptions {
  ListenAddress listen{"127.0.0.1", 8080};
  std::optional<std::string> token;        // required as "Authorization: Bearer <token>"
  std::optional<std::string> cors_origin;  // allowed to read the API from another site
  Limits limits;
  std::size_t threads = 8;  // requests served at once
};

class HttpServer {
 public:
  // Throws std::invalid_argument when a non-loopback address is given without a token.
  HttpServer(const Searcher& searcher, ServerOptions options);
  ~HttpServer();

  // Binds; returns the port bound (the free one chosen for port 0). Throws std::runtime_error.
  int bind();
  // Serves until stop() (from another thread or a signal handler's helper thread).
  void serve();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive::server
