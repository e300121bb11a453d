// What the format tests share: a sink that keeps what readers deliver, and ways to feed readers.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "newsarchive/common/publication_date.h"
#include "newsarchive/indexer/article_sink.h"
#include "newsarchive/indexer/input_files.h"
#include "newsarchive/indexer/readers/article_reader.h"
#include "newsarchive/indexer/readers/csv_reader.h"

namespace newsarchive::indexer::testing {

struct CollectingSink final : ArticleSink {
  std::vector<Article> articles;
  std::vector<std::pair<std::string, std::string>> skips, warnings;
  void article(Article a) override { articles.push_back(std::move(a)); }
  void skipped(const std::string& where, const std::string& reason) override {
    skips.emplace_back(where, reason);
  }
  void warning(const std::string& where, const std::string& message) override {
    warnings.emplace_back(where, message);
  }
};

inline std::filesystem::path samples() {
  return std::filesystem::path(NEWSARCHIVE_SOURCE_DIR) / "sample_data" / "formats";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Reads `text` with the reader named `format`; "csv:MAPPING" is the CSV reader with that column
// mapping, as `news-index --format csv:MAPPING` reads.
inline CollectingSink read_as(std::string_view format, const std::string& text,
                              const std::string& origin = "test") {
  CollectingSink sink;
  std::optional<CsvReader> mapped;
  if (format.starts_with("csv:")) {
    std::string error;
    if (auto columns = parse_csv_columns(format.substr(4), error)) mapped.emplace(*columns);
  }
  const ArticleReader* reader = mapped ? &*mapped : find_reader(format);
  EXPECT_NE(reader, nullptr) << format;
  if (!reader) return sink;
  std::istringstream in(text);
  reader->read(in, origin, sink);
  return sink;
}

// Reads a file the way news-index does: bundles opened, each stream's reader detected.
inline CollectingSink read_detected(const std::filesystem::path& path,
                                    std::vector<std::string>* readers_used = nullptr) {
  CollectingSink sink;
  InputFile file{path, path.string(), 0};
  for_each_stream(
      file,
      [&](const std::string& origin, std::string_view head, std::istream& in) {
        const ArticleReader& reader = detect_reader(origin, head);
        if (readers_used) readers_used->emplace_back(reader.name());
        reader.read(in, origin, sink);
      },
      [&](const std::string& where, const std::string& reason) { sink.skipped(where, reason); });
  return sink;
}

inline std::string day(const Article& a) {
  return a.published ? format_day(*a.published) : "none";
}
inline std::string instant(const Article& a) {
  return a.published ? format_iso8601(*a.published) : "none";
}

inline bool has_label(const Article& a, const std::string& kind, const std::string& value) {
  for (const auto& [k, v] : a.labels)
    if (k == kind && v == value) return true;
  return false;
}

// A fresh directory under the system's temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    // Outside a test (in SetUpTestSuite) there is no test name to use.
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string name =
        info ? std::string(info->test_suite_name()) + "-" + info->name() : "suite";
    path_ = std::filesystem::temp_directory_path() /
            ("newsarchive-formats-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace newsarchive::indexer::testing
