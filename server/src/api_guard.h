// guarded(): the one place where a failure becomes an HTTP status and an error kind.
#pragma once

#include "request_params.h"

namespace newsarchive::server {

template <typename Answer>
Reply guarded(Answer&& answer) {
  try {
    return answer();
  } catch (const ParamError& e) {
    return error_reply(400, "request", e.what());
  } catch (const QueryError& e) {
    return error_reply(400, "query", e.what());
  } catch (const TimeLimitError& e) {
    return error_reply(503, "time", e.what());
  } catch (const SchemaError& e) {
    return error_reply(503, "schema", e.what());
  } catch (const DatabaseError& e) {
    return error_reply(503, "database", e.what());
  } catch (const std::exception& e) {
    return error_reply(500, "internal", e.what());
  }
}

}  // namespace newsarchive::server
