// news-serve: the archive over HTTP, a JSON API and a web page (docs/http-api.md), on the
// embeddable searcher library. Read-only; listens on 127.0.0.1 unless told otherwise.
#include <CLI/CLI.hpp>

#include <malloc.h>
#include <pthread.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "http_server.h"
#include "newsarchive/searcher.h"

namespace {

// The first line of the file, without surrounding white space; throws when there is none.
std::string read_token(const std::string& path) {
  std::ifstream in(path);
  std::string token;
  if (!in || !std::getline(in, token)) throw std::runtime_error("cannot read " + path);
  const auto first = token.find_first_not_of(" \t\r");
  const auto last = token.find_last_not_of(" \t\r");
  if (first == std::string::npos) throw std::runtime_error(path + " holds no token");
  token = token.substr(first, last - first + 1);
  if (token.size() < 16) throw std::runtime_error(path + ": a token needs 16 characters or more");
  return token;
}

// SIGINT and SIGTERM stop the server cleanly: they are blocked in every thread and one thread
// waits for them, so the stop runs outside a signal handler.
std::thread stop_on_signal(newsarchive::server::HttpServer& server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return std::thread([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
}

}  // namespace

// glibc gives each thread that allocates an arena of its own and keeps what is freed there: with
// eight server threads and a new revision every few seconds from an indexer, the server's memory
// rose from 34 to 80 MB over 40 commits (bench/serve_load.py), nothing leaked. One arena kept it
// between 26 and 33 MB, two between 30 and 49, at the same requests a second
// (docs/performance.md). MALLOC_ARENA_MAX in the environment still decides when it is set.
void limit_malloc_arenas() {
  if (!std::getenv("MALLOC_ARENA_MAX")) mallopt(M_ARENA_MAX, 1);
}

int main(int argc, char** argv) {
  using namespace newsarchive;
  limit_malloc_arenas();
  CLI::App app{
      "news-serve: serve a newsarchive index over HTTP: a JSON API (docs/http-api.md) and a\n"
      "search page at /. Read-only. Listens on 127.0.0.1:8080 unless --listen says otherwise;\n"
      "any other address needs --token-file (and TLS from a reverse proxy, see the doc).\n"};
  std::string db_path = default_index_path(), listen = "127.0.0.1:8080", token_file, cors;
  server::ServerOptions options;
  SearcherOptions open_options;
  app.add_option("--db", db_path, "Index directory, or a shard stub")->capture_default_str();
  app.add_option("--listen", listen, "ADDR:PORT to listen on (port 0: any free port)")
      ->capture_default_str();
  app.add_option("--token-file", token_file,
                 "File whose first line is the bearer token every API request must carry");
  app.add_option("--cors", cors, "Let pages of this origin (https://host) read the API");
  app.add_option("--threads", options.threads, "Requests served at once")->capture_default_str();
  app.add_option("--max-page-size", options.limits.max_page_size, "Largest 'limit'")
      ->capture_default_str();
  app.add_option("--max-export-rows", options.limits.max_export_rows, "Rows one export streams")
      ->capture_default_str();
  app.add_option("--request-seconds", options.limits.seconds_per_request,
                 "Longest time to read a request, run one search (503 'time' past it), write a "
                 "reply, or stream an export")
      ->capture_default_str();
  app.add_flag("--allow-partial", open_options.allow_partial,
               "Over shards: serve those that answer, warn about the rest");
  CLI11_PARSE(app, argc, argv);

  try {
    options.listen = server::parse_listen_address(listen);
    if (!token_file.empty()) options.token = read_token(token_file);
    if (!cors.empty()) options.cors_origin = cors;
    const Searcher searcher(db_path, open_options);
    server::HttpServer http(searcher, options);
    const int port = http.bind();
    std::cout << "news-serve: " << searcher.article_count() << " articles from " << db_path
              << " on http://"
              << (listen.front() == '[' ? "[" + options.listen.host + "]" : options.listen.host)
              << ":" << port << "/" << std::endl;
    auto stopper = stop_on_signal(http);
    http.serve();
    // Wakes the waiting thread if serving ended without a signal (its SIGTERM is blocked, so
    // sigwait takes it; after a signal it has returned already and this does nothing).
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "news-serve: " << e.what() << "\n";
    return 2;
  }
}
