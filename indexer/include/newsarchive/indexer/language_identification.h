// Which language a text is written in, from the text alone (CLD2's n-gram model, Debian's
// libcld2), for articles whose source does not say.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::indexer {

// What identification answers when a text is too short, mixed or unlike any language it knows.
inline constexpr std::string_view kUndetermined = "und";

// The ISO 639 code (639-1 where there is one: "en", "fr", "zh") of the language most of `text`
// is written in, or kUndetermined when CLD2 cannot tell reliably or no language holds a clear
// majority of the text. `text` must be valid UTF-8.
std::string identify_language(std::string_view text);

}  // namespace newsarchive::indexer
