#include "http_server.h"

#include <httplib.h>

#include <stdexcept>

#include "export_stream.h"
#include "web_assets.h"

namespace newsarchive::server {
namespace {

using httplib::Request;
using httplib::Response;
using Handled = httplib::Server::HandlerResponse;

// The page's scripts and styles come from news-serve alone, and nothing it shows can load or
// run anything else: a second line of defence behind escaping every field.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void send(Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

// Compared in constant time, so a client cannot learn the token byte by byte from timings.
bool same_secret(const std::string& given, const std::string& expected) {
  if (expected.empty()) return false;
  unsigned char diff = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i)
    diff |= static_cast<unsigned char>(given[i] ^ expected[i % expected.size()]);
  return diff == 0;
}

const char* kind_of(int status) {
  return status == 404 ? "not_found" : status >= 500 ? "internal" : "request";
}

const char* message_of(int status) {
  switch (status) {
    case 404:
      return "no such page or endpoint";
    case 414:
      return "the request line is over 8192 bytes";
    default:
      return status >= 500 ? "the server failed on this request" : "bad request";
  }
}

}  // namespace

struct HttpServer::Impl {
  Api api;
  ServerOptions options;
  httplib::Server http;

  Impl(const Searcher& searcher, ServerOptions opts)
      : api(searcher, opts.limits), options(std::move(opts)) {
    configure_limits();
    http.set_pre_routing_handler(
        [this](const Request& req, Response& res) { return before_routing(req, res); });
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const Request&, Response& res) {
      // Only responses nothing else has written: an unknown path, or what httplib refuses
      // before routing (a request line or body over its limit, a malformed request).
      if (res.body.empty())
        send(res, error_reply(res.status, kind_of(res.status), message_of(res.status)));
      return Handled::Handled;
    }));
    http.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
      send(res, error_reply(500, "internal", "the server failed on this request"));
    });
    add_routes();
  }

  void configure_limits() {
    const std::size_t threads = options.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_read_timeout(options.limits.seconds_per_request);
    http.set_write_timeout(options.limits.seconds_per_request);
    http.set_keep_alive_timeout(5);
  }

  Handled before_routing(const Request& req, Response& res) {
    add_common_headers(req, res);
    if (req.method == "OPTIONS" && options.cors_origin) {
      res.status = 204;
      return Handled::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      send(res, error_reply(405, "request", "news-serve is read-only: only GET is served"));
      res.set_header("Allow", "GET, HEAD");
      return Handled::Handled;
    }
    // The page itself holds no data; the API behind it needs the token.
    if (options.token && req.path.rfind("/api/", 0) == 0 && !authorised(req)) {
      send(res,
           error_reply(401, "unauthorized", "send the header 'Authorization: Bearer <token>'"));
      res.set_header("WWW-Authenticate", "Bearer");
      return Handled::Handled;
    }
    return Handled::Unhandled;
  }

  bool authorised(const Request& req) const {
    const auto header = req.get_header_value("Authorization");
    const std::string scheme = "Bearer ";
    return header.rfind(scheme, 0) == 0 &&
           same_secret(header.substr(scheme.size()), *options.token);
  }

  void add_common_headers(const Request& req, Response& res) const {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    if (req.path.rfind("/api/", 0) == 0) res.set_header("Cache-Control", "no-store");
    if (options.cors_origin) {
      res.set_header("Access-Control-Allow-Origin", *options.cors_origin);
      res.set_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
      res.set_header("Access-Control-Allow-Headers", "Authorization");
      res.set_header("Vary", "Origin");
    }
  }

  void add_routes() {
    http.Get("/api/search", [this](const Request& req, Response& res) { search(req, res); });
    http.Get("/api/facets",
             [this](const Request& req, Response& res) { send(res, api.facets(req.params)); });
    http.Get("/api/health", [this](const Request&, Response& res) { send(res, api.health()); });
    http.Get(R"(/api/article/(.+))",
             [this](const Request& req, Response& res) { send(res, api.article(req.matches[1])); });
    http.Get("/api/trend",
             [this](const Request& req, Response& res) { send(res, api.trend(req.params)); });
    http.Get("/api/kwic",
             [this](const Request& req, Response& res) { send(res, api.concordance(req.params)); });
    http.Get(R"(/api/lineage/(.+))",
             [this](const Request& req, Response& res) { send(res, api.lineage(req.matches[1])); });
    http.Get(R"(/api/.*)", [](const Request& req, Response& res) {
      send(res, error_reply(404, "not_found", "no endpoint " + req.path));
    });
    // Everything else is one of the page's files, looked up in memory by its exact path.
    http.Get(R"(/.*)", [](const Request& req, Response& res) {
      const auto* asset = find_web_asset(req.path);
      if (!asset) return send(res, error_reply(404, "not_found", "no page " + req.path));
      res.set_content(asset->body.data(), asset->body.size(),
                      std::string(asset->content_type).c_str());
    });
  }

  void search(const Request& req, Response& res) {
    bool all = false;
    const auto checked = guarded([&] {
      all = flag_param(req.params, "all", false);
      return Reply{};
    });
    if (checked.status != 200) return send(res, checked);
    if (!all) return send(res, api.search(req.params));
    export_all(req, res);
  }

  void export_all(const Request& req, Response& res) {
    std::shared_ptr<ExportStream> stream;
    ExportFormat format = ExportFormat::kJsonLines;
    const auto reply = guarded([&] {
      const auto name = param(req.params, "format", "jsonl");
      if (name != "jsonl" && name != "csv") throw ParamError("'format' is jsonl or csv with all=1");
      format = name == "csv" ? ExportFormat::kCsv : ExportFormat::kJsonLines;
      auto request = search_request(req.params, options.limits);
      if (req.params.find("snippet") == req.params.end()) request.snippet_length = 0;
      stream = std::make_shared<ExportStream>(api.searcher(), request, format, options.limits);
      return Reply{};
    });
    if (!stream) return send(res, reply);
    res.set_chunked_content_provider(ExportStream::content_type(format),
                                     [stream](std::size_t, httplib::DataSink& sink) {
                                       const auto chunk = stream->next_chunk();
                                       if (chunk.empty())
                                         sink.done();
                                       else
                                         sink.write(chunk.data(), chunk.size());
                                       return true;
                                     });
  }
};

HttpServer::HttpServer(const Searcher& searcher, ServerOptions options) {
  if (!is_loopback(options.listen.host) && !options.token)
    throw std::invalid_argument("listening on " + options.listen.host +
                                ", which other machines can reach, needs --token-file: every API "
                                "request must then carry the token");
  impl_ = std::make_unique<Impl>(searcher, std::move(options));
}

HttpServer::~HttpServer() = default;

int HttpServer::bind() {
  const auto& listen = impl_->options.listen;
  if (listen.port == 0) {
    const int port = impl_->http.bind_to_any_port(listen.host);
    if (port > 0) return port;
  } else if (impl_->http.bind_to_port(listen.host, listen.port)) {
    return listen.port;
  }
  throw std::runtime_error("cannot listen on " + listen.host + ":" + std::to_string(listen.port) +
                           " (in use, or not an address of this machine)");
}

void HttpServer::serve() {
  impl_->http.listen_after_bind();
}

void HttpServer::stop() {
  impl_->http.stop();
}

}  // namespace newsarchive::server
