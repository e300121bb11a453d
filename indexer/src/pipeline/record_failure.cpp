#include "record_failure.h"

#include <xapian.h>

#include <new>

#include "newsarchive/indexer/index_writer.h"

namespace newsarchive::indexer {

std::optional<std::string> record_failure_reason(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const DatabaseFailure&) {
    return std::nullopt;
  } catch (const Xapian::DatabaseError&) {
    return std::nullopt;  // read by a worker (the archive's snapshot): the database's failure
  } catch (const Xapian::Error& x) {
    return "refused by Xapian (" + x.get_description() + ")";
  } catch (const std::bad_alloc&) {
    return "too large to index (out of memory while building it)";
  } catch (const std::exception& x) {
    return std::string("failed while enriching or building it (") + x.what() + ")";
  } catch (...) {
    return "failed while enriching or building it (unknown error)";
  }
}

}  // namespace newsarchive::indexer
