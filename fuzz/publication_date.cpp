// Publication dates as sources write them (ISO 8601, RFC 822, Reuters, "Nov. 15, 2023", Unix
// seconds): parse_publication_date never fails, and a date it reads is formatted and read back as
// the same instant (what the stored record relies on).
#include "newsarchive/common/publication_date.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  const auto date = read_publication_date(fuzz::as_text(data, size));
  if (!date) return 0;
  const auto written = format_publication_date(date->instant, date->has_time);
  (void)format_iso8601(date->instant);
  (void)format_day(date->instant);
  const auto again = read_publication_date(written);
  // Four-digit years are all ISO 8601 can write; others are not read back (and not stored).
  const auto year =
      std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(date->instant)).year();
  if (year < std::chrono::year(1) || year > std::chrono::year(9999)) return 0;
  if (!again || again->instant != date->instant || again->has_time != date->has_time) std::abort();
  return 0;
}
