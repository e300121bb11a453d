#include "newsarchive/indexer/input_files.h"

#include <gtest/gtest.h>

#include <iterator>

#include "temp_dir.h"

namespace newsarchive::indexer {
namespace {

TEST(InputFiles, DirectoriesAreWalkedInOrderSkippingHiddenEntries) {
  testing::TempDir dir;
  dir.write("b/2.txt", "two");
  dir.write("a.txt", "one");
  dir.write(".hidden/x.txt", "no");
  dir.write(".dot.txt", "no");
  const auto in = expand_inputs({dir.path().string(), dir / "missing.txt"});
  ASSERT_EQ(in.files.size(), 2u);
  EXPECT_EQ(in.files[0].path.filename(), "a.txt");
  EXPECT_EQ(in.files[1].path.filename(), "2.txt");
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_EQ(in.errors[0].second, "no such file or directory");
}

TEST(InputFiles, StreamsStartAtByteZeroAfterDetection) {
  testing::TempDir dir;
  const std::string big(10000, 'x');
  const auto path = dir.write("big.txt", "HEAD" + big);
  const auto in = expand_inputs({path});
  std::string seen_head, seen_all;
  for_each_stream(
      in.files.at(0),
      [&](const std::string&, std::string_view head, std::istream& s) {
        seen_head = head;
        seen_all.assign(std::istreambuf_iterator<char>(s), std::istreambuf_iterator<char>());
      },
      [](const std::string&, const std::string& r) { FAIL() << r; });
  EXPECT_TRUE(seen_head.starts_with("HEADxxx"));
  EXPECT_EQ(seen_all, "HEAD" + big);
}

TEST(InputFiles, BinaryFilesAreRefused) {
  testing::TempDir dir;
  const auto path = dir.write("img.png", std::string("\x89PNG\0\0\0", 7));
  std::string reason;
  for_each_stream(
      expand_inputs({path}).files.at(0),
      [](const std::string&, std::string_view, std::istream&) { FAIL() << "read a binary"; },
      [&](const std::string&, const std::string& r) { reason = r; });
  EXPECT_NE(reason.find("binary file"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer
