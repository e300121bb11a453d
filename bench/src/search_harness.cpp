#include "search_harness.h"

#include <CLI/CLI.hpp>
#include <ctime>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <thread>

namespace newsarchive::bench {
namespace {

using Clock = std::chrono::steady_clock;

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Query {
  std::string id;
  std::string text;
};

struct Options {
  std::string db, queries_path, mode = "latency", date_from, date_to;
  std::size_t repeats = 3, threads = 1, limit = 10;
};

// One query a line; "id<TAB>text" names the query (TREC runs need the id), else the line
// number does.
std::vector<Query> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open queries file " + path);
  std::vector<Query> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos)
      out.push_back({std::to_string(out.size() + 1), line});
    else
      out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

double elapsed_ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const auto n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Runner {
  const Options& opt;
  const std::vector<Query>& queries;
  const SessionFactory& factory;
  std::optional<DateFilter> filter;
  std::atomic<std::size_t> errors{0};

  std::size_t run_one(Session& s, const Query& q) {
    try {
      return s.search(q.text, opt.limit, filter).size();
    } catch (const std::exception& e) {
      if (errors++ == 0) std::cerr << "query '" << q.text << "' failed: " << e.what() << "\n";
      return 0;
    }
  }

  nlohmann::json latency() {
    auto session = factory();
    for (const auto& q : queries) run_one(*session, q);  // warm caches
    std::vector<std::vector<double>> times(queries.size()), cpu_times(queries.size());
    std::size_t hits = 0;
    for (std::size_t r = 0; r < opt.repeats; ++r) {
      for (std::size_t i = 0; i < queries.size(); ++i) {
        const auto start = Clock::now();
        const double cpu_start = thread_cpu_ms();
        hits += run_one(*session, queries[i]);
        cpu_times[i].push_back(thread_cpu_ms() - cpu_start);
        times[i].push_back(elapsed_ms(start));
      }
    }
    std::vector<double> per_query, per_query_cpu;
    for (auto& t : times) per_query.push_back(median(t));
    for (auto& t : cpu_times) per_query_cpu.push_back(median(t));
    // CPU time of the searching thread as well: on a machine shared by many jobs, wall time
    // also counts the waits for a core, which grow with a search's length.
    return {{"per_query_ms", per_query}, {"per_query_cpu_ms", per_query_cpu}, {"hits", hits}};
  }

  nlohmann::json qps() {
    std::vector<std::unique_ptr<Session>> sessions;
    for (std::size_t t = 0; t < opt.threads; ++t) sessions.push_back(factory());
    for (const auto& q : queries) run_one(*sessions.front(), q);  // warm caches
    const std::size_t total = queries.size() * opt.repeats;
    std::atomic<std::size_t> next{0};
    const auto start = Clock::now();
    std::vector<std::thread> workers;
    for (auto& s : sessions)
      workers.emplace_back([&, session = s.get()] {
        for (std::size_t i; (i = next++) < total;) run_one(*session, queries[i % queries.size()]);
      });
    for (auto& w : workers) w.join();
    const double seconds = elapsed_ms(start) / 1000;
    return {{"threads", opt.threads},
            {"searches", total},
            {"seconds", seconds},
            {"qps", static_cast<double>(total) / seconds}};
  }

  nlohmann::json counts() {
    auto session = factory();
    nlohmann::json out = nlohmann::json::array();
    for (const auto& q : queries)
      out.push_back({{"query", q.text}, {"count", session->count(q.text)}});
    return {{"counts", out}};
  }

  // A TREC run: "qid Q0 docid rank score tag", for bench/lib/relevance.py.
  void trec_run(const std::string& engine) {
    auto session = factory();
    for (const auto& q : queries) {
      std::size_t rank = 0;
      for (const auto& h : session->search(q.text, opt.limit, filter))
        std::cout << q.id << " Q0 " << h.id << ' ' << ++rank << ' ' << h.score << ' ' << engine
                  << '\n';
    }
  }
};

}  // namespace

int run_search_tool(int argc, char** argv, const std::string& engine,
                    const std::function<SessionFactory(const std::string& db)>& make_factory) {
  CLI::App app{engine + " search benchmark: times ranked top-k searches in-process"};
  Options opt;
  app.add_option("--db", opt.db, "Database to search")->required();
  app.add_option("--queries", opt.queries_path, "One query a line (or id<TAB>query)")->required();
  app.add_option("--mode", opt.mode, "latency, qps, count or run (a TREC run on stdout)")
      ->check(CLI::IsMember({"latency", "qps", "count", "run"}))
      ->capture_default_str();
  app.add_option("--repeats", opt.repeats, "Timed passes over the queries")->capture_default_str();
  app.add_option("--threads", opt.threads, "Threads for --mode qps")->capture_default_str();
  app.add_option("--limit", opt.limit, "Hits per search")->capture_default_str();
  app.add_option("--date-from", opt.date_from, "Keep articles published on or after YYYY-MM-DD");
  app.add_option("--date-to", opt.date_to, "... and on or before YYYY-MM-DD");
  CLI11_PARSE(app, argc, argv);
  try {
    const auto queries = read_queries(opt.queries_path);
    const auto factory = make_factory(opt.db);
    Runner runner{opt, queries, factory, std::nullopt};
    if (!opt.date_from.empty() || !opt.date_to.empty())
      runner.filter = DateFilter{opt.date_from.empty() ? "0000-01-01" : opt.date_from,
                                 opt.date_to.empty() ? "9999-12-31" : opt.date_to};
    if (opt.mode == "run") {
      runner.trec_run(engine);
      return 0;
    }
    nlohmann::json out = opt.mode == "latency" ? runner.latency()
                         : opt.mode == "qps"   ? runner.qps()
                                               : runner.counts();
    out["engine"] = engine;
    out["mode"] = opt.mode;
    out["queries"] = queries.size();
    out["repeats"] = opt.repeats;
    out["errors"] = runner.errors.load();
    std::cout << out.dump() << "\n";
    return runner.errors ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << engine << " search benchmark: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace newsarchive::bench
