// End-to-end tests' archive: a fresh database in a temporary directory, written by the real
// news-index and searched by the real news-search (NEWS_INDEX and NEWS_SEARCH name them).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "run_command.h"

namespace newsarchive::testing {

// The shared research corpora (/work/shared): $NEWSARCHIVE_SHARED_DIR, else the build's.
inline std::string shared_dir() {
  const char* env = std::getenv("NEWSARCHIVE_SHARED_DIR");
  return env && *env ? env : NEWSARCHIVE_SHARED_DIR;
}

class CliArchiveTest : public ::testing::Test {
 protected:
  // news-index without entity recognition (the slow part, not what these tests are about).
  CommandResult index(const std::string& args) {
    return run_command(std::string(NEWS_INDEX) + " --no-entities --db " + shell_quote(db_) + " " +
                       args);
  }
  CommandResult search(const std::string& args) {
    return run_command("NO_COLOR=1 " + std::string(NEWS_SEARCH) + " --db " + shell_quote(db_) +
                       " " + args);
  }
  TempDir dir_;
  std::string db_ = dir_ / "db";
};

}  // namespace newsarchive::testing
