// Compressed files and archives are read as streams, one per member, named archive/member.
#include <archive.h>
#include <archive_entry.h>

#include "format_test_support.h"
#include "newsarchive/indexer/bundles/packed_input.h"

namespace newsarchive::indexer::testing {
namespace {

using Members = std::vector<std::pair<std::string, std::string>>;

enum class Container { kTar, kZip, kRaw };

// Writes an archive with libarchive; `filter` is one of archive_write_add_filter_*.
void write_archive(const std::filesystem::path& path, Container container, int (*filter)(archive*),
                   const Members& members) {
  archive* a = archive_write_new();
  if (filter) {
    ASSERT_EQ(filter(a), ARCHIVE_OK) << archive_error_string(a);
  }
  switch (container) {
    case Container::kTar:
      archive_write_set_format_pax_restricted(a);
      break;
    case Container::kZip:
      archive_write_set_format_zip(a);
      break;
    case Container::kRaw:
      archive_write_set_format_raw(a);
      break;
  }
  ASSERT_EQ(archive_write_open_filename(a, path.c_str()), ARCHIVE_OK);
  for (const auto& [name, data] : members) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, static_cast<la_int64_t>(data.size()));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    ASSERT_EQ(archive_write_header(a, e), ARCHIVE_OK) << archive_error_string(a);
    archive_write_data(a, data.data(), data.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
}

std::string gzip_of(const TempDir& dir, const std::string& data) {
  const auto p = dir.path() / "tmp.gz";
  write_archive(p, Container::kRaw, archive_write_add_filter_gzip, {{"data", data}});
  std::string out = slurp(p);
  std::filesystem::remove(p);
  return out;
}

TEST(Bundles, TarGzMembersAreReadOneByOneAndOddMembersSkippedWithAReason) {
  TempDir dir;
  const auto path = dir.path() / "bundle.tar.gz";
  write_archive(path, Container::kTar, archive_write_add_filter_gzip,
                {{"stories/nitf.xml", slurp(samples() / "nitf_sample.xml")},
                 {"stories/2007/quarry", slurp(samples() / "financial_news_sample")},
                 {"stories/empty", ""},
                 {"stories/junk.tar.gz", gzip_of(dir, "")}});
  std::vector<std::string> used;
  const auto sink = read_detected(path, &used);
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[0].origin, path.string() + "/stories/nitf.xml");
  EXPECT_EQ(sink.articles[0].title, "Glacier Rail Line Reopens After Avalanche");
  EXPECT_EQ(sink.articles[1].id, "quarry");
  EXPECT_EQ(used, (std::vector<std::string>{"nitf", "financial-news", "text"}));
  ASSERT_EQ(sink.skips.size(), 2u);
  EXPECT_EQ(sink.skips[0],
            std::make_pair(path.string() + "/stories/empty", std::string("no text")));
  EXPECT_EQ(sink.skips[1], std::make_pair(path.string() + "/stories/junk.tar.gz",
                                          std::string("archive inside an archive (not read)")));
}

TEST(Bundles, ZipMembersAreRead) {
  TempDir dir;
  const auto path = dir.path() / "feeds.zip";
  write_archive(path, Container::kZip, nullptr,
                {{"rss.xml", slurp(samples() / "rss_sample.xml")},
                 {"table.csv", slurp(samples() / "news_sample.csv")}});
  const auto sink = read_detected(path);
  EXPECT_TRUE(sink.skips.empty());
  ASSERT_EQ(sink.articles.size(), 4u);
  EXPECT_EQ(sink.articles[0].origin, path.string() + "/rss.xml:item 1");
  EXPECT_EQ(sink.articles[3].origin, path.string() + "/table.csv:5");
}

TEST(Bundles, EachCompressionGivesOneStreamNamedAfterTheFile) {
  TempDir dir;
  const std::string sgml = slurp(samples() / "reuters21578_sample.sgm");
  const std::pair<const char*, int (*)(archive*)> kFilters[] = {
      {"r.sgm.gz", archive_write_add_filter_gzip},
      {"r.sgm.bz2", archive_write_add_filter_bzip2},
      {"r.sgm.xz", archive_write_add_filter_xz},
      {"r.sgm.zst", archive_write_add_filter_zstd}};
  for (const auto& [name, filter] : kFilters) {
    const auto path = dir.path() / name;
    write_archive(path, Container::kRaw, filter, {{"data", sgml}});
    const auto sink = read_detected(path);
    EXPECT_TRUE(sink.skips.empty()) << name;
    ASSERT_EQ(sink.articles.size(), 2u) << name;
    EXPECT_EQ(sink.articles[0].origin, path.string() + ":record 1");
    EXPECT_EQ(sink.articles[0].id, "reuters21578-990001");
  }
}

TEST(Bundles, WarcGzWithOneGzipMemberPerRecordIsReadAsOneStream) {
  TempDir dir;
  const std::string warc = slurp(samples() / "crawl_sample.warc");
  std::string members;
  for (std::size_t start = 0; start < warc.size();) {
    const auto next = warc.find("WARC/1.0\r\n", start + 1);
    members += gzip_of(dir, warc.substr(start, next - start));
    start = next == std::string::npos ? warc.size() : next;
  }
  const auto path = dir.path() / "crawl.warc.gz";
  std::ofstream(path, std::ios::binary) << members;
  const auto sink = read_detected(path);
  EXPECT_TRUE(sink.skips.empty());
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].origin, path.string() + ":record 3");
}

TEST(Bundles, TruncatedGzipIsReportedAndNothingCrashes) {
  TempDir dir;
  std::string big;
  // Enough records that the cut falls inside the compressed data, not the header.
  for (int i = 0; i < 200; ++i) big += slurp(samples() / "trec_sample.sgml");
  const std::string gz = gzip_of(dir, big);
  const auto path = dir.path() / "cut.sgml.gz";
  std::ofstream(path, std::ios::binary) << gz.substr(0, gz.size() / 2);
  const auto sink = read_detected(path);
  EXPECT_LT(sink.articles.size(), 400u);
  ASSERT_FALSE(sink.skips.empty());
  EXPECT_EQ(sink.skips.back().first, path.string());
}

TEST(Bundles, GarbageAfterAGzipMagicIsReported) {
  TempDir dir;
  const auto path = dir.path() / "garbage.gz";
  std::ofstream(path, std::ios::binary) << std::string("\x1f\x8b\x08\x00garbage garbage", 20);
  const auto sink = read_detected(path);
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].first, path.string());
}

TEST(Bundles, MagicBytesDecideNotNames) {
  EXPECT_TRUE(bundles::is_packed("\x1f\x8b\x08"));
  EXPECT_TRUE(bundles::is_packed("PK\x03\x04"));
  EXPECT_TRUE(bundles::is_packed("BZh91AY&SY"));
  EXPECT_FALSE(bundles::is_packed("BZh is how the story starts"));
  EXPECT_FALSE(bundles::is_packed("<DOC>"));
  EXPECT_FALSE(bundles::is_packed(""));
}

}  // namespace
}  // namespace newsarchive::indexer::testing
