// searcher.h promises that every error leaving the library is a newsarchive::Error. Xapian's
// errors derive from no standard exception, and a decoding or allocation failure deep inside a
// search is a std::exception: both are turned into the library's kinds here, in one place.
#pragma once

#include <xapian.h>

#include <new>
#include <string>

#include "newsarchive/searcher.h"

namespace newsarchive::searcher {

// Runs `body`; what it throws leaves as a newsarchive::Error whose message begins with `what`
// ("reading article 'x' from '/path'").
template <typename Body>
auto with_library_errors(const std::string& what, Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const Error&) {
    throw;
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw DatabaseError(what + ": the archive is damaged (" + e.get_description() +
                        "); run xapian-check on it, or re-index into a new --db");
  } catch (const Xapian::Error& e) {
    throw DatabaseError(what + ": " + e.get_description());
  } catch (const std::bad_alloc&) {
    throw Error(what + ": out of memory");
  } catch (const std::exception& e) {
    throw DatabaseError(what + ": " + e.what());
  }
}

}  // namespace newsarchive::searcher
