// Languages the indexer can stem: ISO 639-1 codes and Snowball names, both accepted anywhere a
// user names a language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsarchive {

// "en", "English", "english" -> "en"; nothing for a language Xapian has no stemmer for.
std::optional<std::string> language_code(std::string_view name_or_code);
// The language a source states, as an ISO 639 code: a stemmer's code as language_code gives it,
// else the primary subtag of any well-formed tag ("zh-Hant" -> "zh", "yue" -> "yue"); empty
// when nothing usable is stated.
std::string stated_language(std::string_view tag);
// "en" -> "english" (the name Xapian::Stem takes).
std::string snowball_name(std::string_view code);
// Codes and names, for --help texts.
std::string supported_languages();

}  // namespace newsarchive
