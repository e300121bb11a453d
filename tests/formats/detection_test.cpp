#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

struct Case {
  const char* file;
  const char* reader;
};

constexpr Case kSamples[] = {
    {"trec_sample.sgml", "trec"},    {"reuters21578_sample.sgm", "reuters21578"},
    {"nitf_sample.xml", "nitf"},     {"newsml_sample.xml", "newsml"},
    {"rss_sample.xml", "feed"},      {"atom_sample.xml", "feed"},
    {"article_sample.html", "html"}, {"crawl_sample.warc", "warc"},
    {"news_sample.csv", "csv"},      {"financial_news_sample", "financial-news"},
};

TEST(Detection, EachSampleGoesToItsReaderByContentAlone) {
  for (const auto& [file, reader] : kSamples) {
    const std::string head = slurp(samples() / file).substr(0, 4096);
    // A name that says nothing, so only the content can decide.
    EXPECT_EQ(detect_reader("input", head).name(), reader) << file;
    EXPECT_EQ(detect_reader(file, head).name(), reader) << file;
  }
}

TEST(Detection, ContentOutweighsAMisleadingName) {
  const std::string rss = slurp(samples() / "rss_sample.xml");
  EXPECT_EQ(detect_reader("feed.html", rss).name(), "feed");
  EXPECT_EQ(detect_reader("story.txt", slurp(samples() / "article_sample.html")).name(), "html");
  EXPECT_EQ(detect_reader("x.csv", "{\"title\": \"t\"}\n").name(), "jsonl");
  EXPECT_EQ(detect_reader("notes", "Just some words, nothing more.\n").name(), "text");
}

TEST(Detection, EverySampleReadsToAtLeastOneArticleWithoutProblems) {
  for (const auto& [file, reader] : kSamples) {
    std::vector<std::string> used;
    const auto sink = read_detected(samples() / file, &used);
    EXPECT_FALSE(sink.articles.empty()) << file;
    EXPECT_TRUE(sink.skips.empty()) << file << ": " << sink.skips[0].second;
    EXPECT_TRUE(sink.warnings.empty()) << file << ": " << sink.warnings[0].second;
    EXPECT_EQ(used, std::vector<std::string>{reader}) << file;
  }
}

}  // namespace
}  // namespace newsarchive::indexer::testing
