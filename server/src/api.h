// The HTTP API's answers, independent of the HTTP library: each endpoint takes the request's
// parameters and returns a status and a JSON body in the schema of news-search --json
// (docs/http-api.md). Errors are JSON too: {"error": {"kind": ..., "message": ...}}.
#pragma once

#include <string>

#include "newsarchive/searcher.h"
#include "request_limits.h"
#include "request_params.h"

namespace newsarchive::server {

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// An error reply; `kind` is the library's ("query", "database", "schema", "time") or the server's
// own
// ("request", "not_found", "unauthorized", "internal").
Reply error_reply(int status, const std::string& kind, const std::string& message);

// Runs `answer`, turning each kind of failure into its error reply (400, 503, 500).
template <typename Answer>
Reply guarded(Answer&& answer);

class Api {
 public:
  Api(const Searcher& searcher, const Limits& limits) : searcher_(searcher), limits_(limits) {}

  Reply search(const Params& params) const;
  // Only the facets of a search (the request's, or person, org, place, source, lang and date).
  Reply facets(const Params& params) const;
  Reply article(const std::string& id) const;
  Reply health() const;
  // The research tools (docs/research-tools.md, docs/research-tools-2.md), in research_api.cpp.
  Reply trend(const Params& params) const;
  Reply concordance(const Params& params) const;
  Reply lineage(const std::string& id) const;

  const Searcher& searcher() const { return searcher_; }
  const Limits& limits() const { return limits_; }

 private:
  const Searcher& searcher_;
  Limits limits_;
};

}  // namespace newsarchive::server

#include "api_guard.h"
