// Where the tests find the committed model, the seed article and the shared data.
#pragma once

#include <optional>
#include <string>

namespace newsarchive::ner::testing {

std::string model_path();

// The seed article: $NEWSARCHIVE_SEED_ARTICLE, else sample_data/ in the repo, else the
// shared directory's seed/. Empty if none exists.
std::string seed_article_path();

// The shared directory: $NEWSARCHIVE_SHARED_DIR, else the build's setting, else ../shared beside
// the repo. Returns the first that holds data/conll2003, or nothing.
std::optional<std::string> shared_dir_with_conll();

std::string read_text_file(const std::string& path);

}  // namespace newsarchive::ner::testing
