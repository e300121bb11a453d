// Bylines as wire services write them: "By Jane Doe", "BY JANE DOE". The one rule every reader
// uses to keep the name alone.
#pragma once

#include <array>
#include <string_view>

namespace newsarchive::indexer {

inline std::string_view without_by(std::string_view byline) {
  static constexpr std::array<std::string_view, 3> kBy{"By ", "BY ", "by "};
  for (const std::string_view by : kBy)
    if (byline.starts_with(by)) return byline.substr(by.size());
  return byline;
}

}  // namespace newsarchive::indexer
