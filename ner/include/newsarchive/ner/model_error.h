#pragma once

#include <stdexcept>
#include <string>

namespace newsarchive::ner {

// A model file that cannot be used: missing, truncated, of another format or corrupt.
// The message names the file and what is wrong with it.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace newsarchive::ner
