// The bytes libFuzzer hands a harness, as the text the project's parsers take.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsarchive::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace newsarchive::fuzz
