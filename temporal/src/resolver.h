// Anchors a DateSpec on the calendar. All arithmetic is done with C++20 <chrono> calendar types.
#pragma once

#include <chrono>
#include <optional>

#include "date_spec.h"
#include "newsarchive/common/article.h"

namespace newsarchive::temporal::detail {

struct ResolvedDate {
  std::chrono::sys_days first_day;
  DateGranularity granularity;
};

// `published` is the publication day (UTC). Without it only kAbsolute specs resolve.
// `future_tense` says the sentence speaks of what is to come (see tense.h).
// Returns nothing for dates that do not exist ("February 30").
std::optional<ResolvedDate> resolve(const DateSpec& spec,
                                    std::optional<std::chrono::sys_days> published,
                                    bool future_tense);

// The Monday of the ISO week that contains `d`.
std::chrono::sys_days iso_week_monday(std::chrono::sys_days d);

}  // namespace newsarchive::temporal::detail
