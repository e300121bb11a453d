// The date ranges of date:, mentions:, --since and --until ("2023-10", "..2007-06-30",
// "2023-10-01..2023-11-30"): parse_period and parse_date_range. They answer with an error
// message, never an exception, and a range they accept must not end before it starts.
#include "newsarchive/text/date_range.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  const std::string_view text = fuzz::as_text(data, size);
  const auto period = parse_period(text);
  if (period.period && !(*period.period->first < *period.period->end)) std::abort();
  if (!period.period && period.error.empty()) std::abort();
  const auto range = parse_date_range(text);
  if (!range.range && range.error.empty()) std::abort();
  if (range.range && range.range->first && range.range->end &&
      !(*range.range->first < *range.range->end))
    std::abort();
  return 0;
}
