// An indexing run killed half-way loses at most its current batch: what was committed stays
// searchable, the database opens, and the next run finishes the job without duplicates.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "newsarchive/searcher.h"
#include "run_command.h"

extern char** environ;

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

constexpr std::size_t kArticles = 6000;
constexpr std::size_t kBatch = 100;

std::string write_articles(const testing::TempDir& dir) {
  const std::string path = dir / "articles.jsonl";
  std::ofstream out(path);
  static const char* kWords[] = {"harbour", "council", "budget", "storm",  "bridge", "ferry",
                                 "school",  "market",  "prices", "strike", "river",  "museum"};
  for (std::size_t i = 0; i < kArticles; ++i) {
    std::string body;
    for (std::size_t w = 0; w < 60; ++w) body += std::string(kWords[(i * 7 + w * 3) % 12]) + " ";
    const std::size_t day = 10 + i % 18;
    out << R"({"id": "a)" << i << R"(", "title": "Report )" << i << R"(", "date": "2024-01-)" << day
        << R"(", "body": ")" << body << "\"}\n";
  }
  return path;
}

// How many articles a reader sees now; 0 while the database does not exist yet.
std::size_t visible(const std::string& db) {
  try {
    return Searcher(db).article_count();
  } catch (const std::exception&) {  // not created yet, or created but not yet stamped
    return 0;
  }
}

TEST(Interruption, KilledRunKeepsItsCommittedBatchesAndTheNextRunFinishes) {
  testing::TempDir dir;
  const std::string input = write_articles(dir);
  const std::string db = dir / "db";
  const std::string batch = std::to_string(kBatch);
  std::vector<std::string> args{NEWS_INDEX, "--quiet", "--no-entities", "--batch", batch, "--db",
                                db,         input};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, NEWS_INDEX, nullptr, nullptr, argv.data(), environ), 0);

  // Searching while the indexer writes: wait for the first commit, then kill it outright.
  std::size_t seen = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while ((seen = visible(db)) == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_GT(seen, 0u) << "no commit became visible";
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it could be interrupted";

  // Nothing committed is lost; the database is readable after the kill.
  const std::size_t after_kill = visible(db);
  EXPECT_GE(after_kill, seen);
  EXPECT_LT(after_kill, kArticles);

  // The next run finishes the job: every article once.
  const auto rerun = run_command(std::string(NEWS_INDEX) + " --no-entities --batch " + batch +
                                 " --db " + shell_quote(db) + " " + shell_quote(input));
  EXPECT_EQ(rerun.status, 0) << rerun.err;
  EXPECT_EQ(visible(db), kArticles);
  EXPECT_NE(rerun.err.find("unchanged " + std::to_string(after_kill)), std::string::npos)
      << "what the killed run committed is not indexed again: " << rerun.err;
  const Searcher s(db);
  SearchRequest r;
  r.query = "id:a0";
  EXPECT_EQ(s.search(r).total_lower_bound, 1u);
  r.query = "id:a" + std::to_string(kArticles - 1);
  EXPECT_EQ(s.search(r).total_lower_bound, 1u);
}

}  // namespace
}  // namespace newsarchive
