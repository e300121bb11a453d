#include "test_paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace newsarchive::ner::testing {
namespace {

std::vector<std::string> shared_candidates() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("NEWSARCHIVE_SHARED_DIR"); env != nullptr && *env != '\0') {
    dirs.emplace_back(env);
  }
#ifdef NEWSARCHIVE_SHARED_DIR
  dirs.emplace_back(NEWSARCHIVE_SHARED_DIR);  // the build's setting, when there is one
#endif
  dirs.push_back(std::string(NEWSARCHIVE_REPO_ROOT) + "/../shared");
  return dirs;
}

}  // namespace

std::string model_path() {
  return NEWSARCHIVE_NER_MODEL;
}

std::string seed_article_path() {
  namespace fs = std::filesystem;
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("NEWSARCHIVE_SEED_ARTICLE"); env != nullptr && *env != '\0') {
    candidates.emplace_back(env);
  }
  candidates.emplace_back(NEWSARCHIVE_SEED_ARTICLE);
  for (const std::string& dir : shared_candidates()) {
    candidates.push_back(dir + "/seed/iran-hamas-article.txt");
  }
  for (const std::string& c : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(c, ec)) return c;
  }
  return {};
}

std::optional<std::string> shared_dir_with_conll() {
  for (const std::string& dir : shared_candidates()) {
    std::error_code ec;
    if (std::filesystem::is_directory(dir + "/data/conll2003", ec)) return dir;
  }
  return std::nullopt;
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace newsarchive::ner::testing
