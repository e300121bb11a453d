#include "local_time.h"

#include <date/tz.h>

#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace newsarchive::cli {
namespace {

const date::time_zone* find_zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    throw std::runtime_error("unknown time zone '" + name +
                             "' (expected an IANA name such as Europe/Paris, or UTC)");
  }
}

const date::time_zone* readers_zone() {
  // POSIX lets TZ start with ':' to name a file of the zone database.
  if (const char* tz = std::getenv("TZ"); tz && *tz) return find_zone(*tz == ':' ? tz + 1 : tz);
  try {
    return date::current_zone();
  } catch (const std::exception&) {
    return find_zone("UTC");  // no /etc/localtime: a container, most likely
  }
}

}  // namespace

LocalTime::LocalTime(const std::string& zone)
    : zone_(zone.empty() ? readers_zone() : find_zone(zone)) {}

// The library writes an instant as ISO 8601 in UTC ("2006-10-20T20:25:00Z", searcher.h) and a
// day alone as "2006-10-20"; only the instant is read here, so the CLI needs nothing of the
// library's date parser.
std::string LocalTime::show(const std::string& written) const {
  std::istringstream in(written);
  date::sys_seconds instant;
  in >> date::parse("%Y-%m-%dT%H:%M:%SZ", instant);
  if (in.fail()) return written;
  return date::format("%Y-%m-%d %H:%M %Z", date::make_zoned(zone_, instant));
}

}  // namespace newsarchive::cli
