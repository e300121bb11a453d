// Words too common to help ranking. Queries drop them (except inside phrases, and when a query
// is nothing but stopwords); the index keeps every word so phrases like "Axis of Resistance"
// still match exactly.
#pragma once

#include <span>
#include <string_view>

namespace newsarchive {

// The stopwords of a language (ISO 639-1 code); empty for languages without a list.
std::span<const std::string_view> stopwords(std::string_view language_code);

}  // namespace newsarchive
