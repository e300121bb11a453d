// Runs the real news-index on sample_data/formats/ and finds each format's article again with
// news-search --json.
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <cstdio>

#include "format_test_support.h"

namespace newsarchive::indexer::testing {
namespace {

struct CommandResult {
  int status = -1;
  std::string out;
};

CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) r.out.append(buffer, n);
  const int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string quoted(const std::filesystem::path& p) {
  return "'" + p.string() + "'";
}

class EndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new TempDir();
    index_run_ =
        new CommandResult(run(std::string(NEWS_INDEX) + " --db " + quoted(db_->path() / "db") +
                              " " + quoted(samples()) + " 2>&1"));
  }
  static void TearDownTestSuite() {
    delete index_run_;
    delete db_;
  }
  static nlohmann::json search(const std::string& query) {
    const CommandResult r = run(std::string(NEWS_SEARCH) + " --db " + quoted(db_->path() / "db") +
                                " --json -n 1 '" + query + "'");
    return nlohmann::json::parse(r.out, nullptr, false);
  }
  static TempDir* db_;
  static CommandResult* index_run_;
};
TempDir* EndToEnd::db_ = nullptr;
CommandResult* EndToEnd::index_run_ = nullptr;

TEST_F(EndToEnd, IndexingTheSamplesSkipsNothing) {
  EXPECT_EQ(index_run_->status, 0) << index_run_->out;
  EXPECT_NE(index_run_->out.find("indexed 14 "), std::string::npos) << index_run_->out;
}

struct Expected {
  const char* query;
  const char* title;
  const char* date;
  const char* source;
};

TEST_F(EndToEnd, EachFormatsArticleIsFoundWithItsTitleDateAndSource) {
  constexpr Expected kExpected[] = {
      {"lighthouse", "Harbor Council Approves Lighthouse Restoration", "1994-03-14",
       "Portsmouth Gazette (invented sample)"},
      {"granville", "GRANVILLE MILLS RAISES OAT PRICES", "1987-03-12", "Reuters"},
      {"avalanche", "Glacier Rail Line Reopens After Avalanche", "2021-02-03",
       "Alpine Courier (invented sample)"},
      {"library", "City Library Opens Night Reading Room", "2022-06-10",
       "Lakeside Herald (invented sample)"},
      {"crossings", "Ferry Service Adds Winter Crossings", "2023-11-14",
       "The Harbour Times (invented sample)"},
      {"meteor", "Observatory Records Meteor Shower Peak", "2023-08-13",
       "Skyline Science Desk (invented sample)"},
      {"orchard", "Orchard Growers Report Record Apple Harvest", "2022-10-05",
       "Valley Post (invented sample)"},
      {"locomotive", "Museum Unveils Restored Steam Locomotive", "2024-01-20",
       "Rail Heritage News (invented sample)"},
      {"turbines", "Wind Farm Connects to Grid", "2019-05-21",
       "Coastal Energy Weekly (invented sample)"},
      {"quarry", "Marble quarry shares jump on export deal", "2007-03-06", ""},
  };
  for (const auto& e : kExpected) {
    const auto result = search(e.query);
    ASSERT_FALSE(result.is_discarded()) << e.query;
    ASSERT_EQ(result["hits"].size(), 1u) << e.query;
    const auto& hit = result["hits"][0];
    EXPECT_EQ(hit["title"], e.title) << e.query;
    EXPECT_TRUE(hit["date"].get<std::string>().starts_with(e.date)) << e.query << hit["date"];
    EXPECT_EQ(hit["source"], e.source) << e.query;
  }
}

TEST(EndToEndBroken, MalformedInputsAreReportedCountedAndTheRunGoesOn) {
  TempDir dir;
  const auto in = dir.path() / "in";
  std::filesystem::create_directories(in);
  std::string nitf = slurp(samples() / "nitf_sample.xml");
  std::ofstream(in / "cut.xml") << nitf.substr(0, nitf.size() / 2);
  std::ofstream(in / "nav.html") << "<html><body><nav>Home</nav></body></html>";
  std::ofstream(in / "broken.gz", std::ios::binary) << std::string("\x1f\x8b\x08\x00xx", 6);
  std::ofstream(in / "rows.csv") << "title,body\nGood,Text\n\"open,quote\n";
  std::ofstream(in / "fine.txt") << "Title: Still Indexed\n\nThe run goes on.\n";
  const CommandResult r = run(std::string(NEWS_INDEX) + " --db " + quoted(dir.path() / "db") + " " +
                              quoted(in) + " 2>&1");
  EXPECT_EQ(r.status, 1) << r.out;  // some records skipped
  EXPECT_NE(r.out.find("cut.xml: not well-formed XML ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("nav.html: no article text"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("broken.gz: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("rows.csv:3: unclosed quote"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("indexed 2 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("skipped 4 "), std::string::npos) << r.out;
}

}  // namespace
}  // namespace newsarchive::indexer::testing
