// A fast reader for the one JSON shape the stored article record has: an object whose values
// are strings or arrays of strings. A search decodes the record of every hit, body included, and
// nlohmann::json's lexer (a push_back per character) was a fifth of a plain top-10 search on long
// news. Anything else (numbers, nesting, bad escapes) is refused, and the caller falls back to
// nlohmann::json.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive::stored {

struct FlatJsonValue {
  bool is_list = false;
  std::string text;                // when !is_list
  std::vector<std::string> items;  // when is_list
};

using FlatJsonObject = std::vector<std::pair<std::string, FlatJsonValue>>;

std::optional<FlatJsonObject> read_flat_json_object(std::string_view json);

}  // namespace newsarchive::stored
