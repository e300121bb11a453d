#include "record_failure.h"

#include <xapian.h>

#include <new>

#include "newsarchive/indexer/index_writer.h"

namespace newsarchive::indexer {
namespace {

// Xapian's messages can quote a whole term or value; a reason stays one readable line.
std::string shortened(std::string detail) {
  constexpr std::size_t kMaxDetailBytes = 160;
  if (detail.size() <= kMaxDetailBytes) return detail;
  std::size_t cut = kMaxDetailBytes;
  while (cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return detail.substr(0, cut) + "...";
}

}  // namespace

std::optional<std::string> record_failure_reason(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const DatabaseFailure&) {
    return std::nullopt;
  } catch (const Xapian::DatabaseError&) {
    return std::nullopt;  // read by a worker (the archive's snapshot): the database's failure
  } catch (const Xapian::Error& x) {
    return "refused by Xapian (" + shortened(x.get_description()) + ")";
  } catch (const std::bad_alloc&) {
    return "too large to index (out of memory while building it)";
  } catch (const std::exception& x) {
    return "failed while enriching or building it (" + shortened(x.what()) + ")";
  } catch (...) {
    return "failed while enriching or building it (unknown error)";
  }
}

}  // namespace newsarchive::indexer
