// Languages the indexer can stem: ISO 639-1 codes and Snowball names, both accepted anywhere a
// user names a language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsarchive {

// "en", "English", "english" -> "en"; nothing for a language Xapian has no stemmer for.
std::optional<std::string> language_code(std::string_view name_or_code);
// "en" -> "english" (the name Xapian::Stem takes).
std::string snowball_name(std::string_view code);
// Codes and names, for --help texts.
std::string supported_languages();

}  // namespace newsarchive
