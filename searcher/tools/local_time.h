// The library returns publication dates in UTC; a person reads them in their own time zone.
#pragma once

#include <string>

namespace date {
class time_zone;
}

namespace newsarchive::cli {

class LocalTime {
 public:
  // `zone`: an IANA name ("Europe/Paris", "UTC"), or empty for $TZ, then the system's zone.
  // Throws std::runtime_error naming an unknown zone.
  explicit LocalTime(const std::string& zone = "");

  // A library date in this zone: "2006-10-20 16:25 EDT" for an instant; a date that has no time
  // ("2023-11-15") is a calendar day and is shown as it is, never shifted to the day before.
  std::string show(const std::string& date) const;

 private:
  const date::time_zone* zone_;
};

}  // namespace newsarchive::cli
