// news-index builds two shards (sample_data/ plus generated articles), two xapian-tcpsrv
// processes on 127.0.0.1 serve them, and news-search --db STUB searches both: the same JSON
// (hits, scores, totals, facets, histogram) as over one database of the same articles. The
// servers are stopped whatever happens (tcp_shard_server.h), and every command has a timeout.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "generated_articles.h"
#include "run_command.h"
#include "tcp_shard_server.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

class RemoteShardsCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    const std::string sample = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data";
    const auto a = dir_->write("in/a.jsonl", testing::generated_articles_jsonl(0, 200));
    const auto b = dir_->write("in/b.jsonl", testing::generated_articles_jsonl(200, 200));
    const auto index = [](const std::string& db, const std::string& inputs) {
      const auto r = run_command(std::string(NEWS_INDEX) + " --quiet --db " +
                                 shell_quote(*dir_ / db) + " " + inputs);
      ASSERT_LE(r.status, 1) << r.err;  // 1: sample_data's deliberately broken records
    };
    index("single", shell_quote(sample) + " " + shell_quote(a) + " " + shell_quote(b));
    index("shard-00", shell_quote(sample) + " " + shell_quote(a));
    index("shard-01", shell_quote(b));
  }
  static void TearDownTestSuite() { delete dir_; }
  void SetUp() override {
    if (std::system("command -v xapian-tcpsrv >/dev/null 2>&1") != 0)
      GTEST_SKIP() << "xapian-tcpsrv (Debian package xapian-tools) is not installed";
    first_ = std::make_unique<testing::TcpShardServer>(*dir_ / "shard-00");
    second_ = std::make_unique<testing::TcpShardServer>(*dir_ / "shard-01");
    stub_ = dir_->write("remote.stub",
                        "remote " + first_->address() + "\nremote " + second_->address() + "\n");
  }
  // `timeout` so that a server that hangs fails the test instead of hanging it.
  static testing::CommandResult search(const std::string& db, const std::string& args) {
    return run_command("timeout 60 " + std::string(NEWS_SEARCH) + " --remote-timeout 5000 --db " +
                       shell_quote(db) + " " + args);
  }
  static testing::TempDir* dir_;
  std::unique_ptr<testing::TcpShardServer> first_, second_;
  std::string stub_;
};
testing::TempDir* RemoteShardsCliTest::dir_ = nullptr;

// Scores agree rank by rank; hits with equal scores may come in another order (Xapian breaks
// ties by document number, which shards assign differently), so hits are compared by id.
void expect_same_json(nlohmann::json sharded, nlohmann::json single) {
  ASSERT_EQ(sharded["hits"].size(), single["hits"].size());
  std::map<std::string, nlohmann::json> sharded_hits, single_hits;
  for (std::size_t i = 0; i < single["hits"].size(); ++i) {
    auto &x = sharded["hits"][i], &y = single["hits"][i];
    EXPECT_NEAR(x["score"].get<double>(), y["score"].get<double>(),
                1e-9 * std::max(1.0, y["score"].get<double>()))
        << "rank " << i + 1;
    // The snippet's window is chosen from term weights that Xapian's remote MSet carries
    // differently: for about 1 hit in 200 another passage of the same article is shown.
    for (auto* hit : {&x, &y})
      for (const char* field : {"rank", "score", "snippet", "highlights"}) hit->erase(field);
    sharded_hits[x["id"]] = x;
    single_hits[y["id"]] = y;
  }
  for (const auto& [id, hit] : single_hits) EXPECT_EQ(sharded_hits[id].dump(), hit.dump()) << id;
  sharded.erase("hits");
  single.erase("hits");
  EXPECT_EQ(sharded.dump(1), single.dump(1));  // totals, facets, histogram, warnings
}

TEST_F(RemoteShardsCliTest, TwoServedShardsSearchLikeOneDatabase) {
  for (const char* args : {"--facets person:500,org:500,place:500,source,lang,date -n 1000 ''",
                           "--facets date,person -n 1000 harbour",
                           "--facets source -n 1000 --sort newest 'storm OR flood'",
                           "--facets date -n 1000 'bank rates inflation'"}) {
    SCOPED_TRACE(args);
    // Without collapsing near-duplicates: over remote shards Xapian's collapse counts ("+N
    // similar", total.articles) are its own per-shard figures and may differ by one or two
    // (docs/scaling.md); the totals of collapsed results are counted exactly either way.
    const auto over_shards = search(stub_, std::string("--json --no-collapse ") + args);
    const auto over_one = search(*dir_ / "single", std::string("--json --no-collapse ") + args);
    ASSERT_EQ(over_shards.status, 0) << over_shards.err;
    ASSERT_EQ(over_one.status, 0) << over_one.err;
    expect_same_json(nlohmann::json::parse(over_shards.out), nlohmann::json::parse(over_one.out));
  }
}

TEST_F(RemoteShardsCliTest, AShardThatIsDownIsNamedOrLeftOutWithAWarning) {
  second_->stop();
  const auto failed = search(stub_, "harbour");
  EXPECT_EQ(failed.status, 2);
  EXPECT_NE(failed.err.find("shard 2 (" + second_->address() + "): "), std::string::npos)
      << failed.err;

  const auto partial = search(stub_, "--allow-partial --json --facets date -n 1000 ''");
  ASSERT_EQ(partial.status, 0) << partial.err;
  const auto j = nlohmann::json::parse(partial.out);
  ASSERT_EQ(j["warnings"].size(), 1u);
  EXPECT_EQ(j["warnings"][0].get<std::string>().rfind(
                "not searched: shard 2 (" + second_->address() + "): ", 0),
            0u)
      << j["warnings"][0];
  const auto shard_alone =
      nlohmann::json::parse(search(*dir_ / "shard-00", "--json --facets date -n 1000 ''").out);
  EXPECT_EQ(j["hits"].size(), shard_alone["hits"].size());
}

// Searches run one after another while the second shard's server is killed: each ends with an
// answer or with exit 2 naming the shard (never a signal, never a hang), and --allow-partial
// still answers afterwards.
TEST_F(RemoteShardsCliTest, AShardKilledWhileSearchesRunIsNamedAndPartialSearchesAnswer) {
  std::string statuses;
  std::thread searches([&] {
    const auto r = run_command("for i in $(seq 40); do timeout 60 " + std::string(NEWS_SEARCH) +
                               " --remote-timeout 5000 --db " + shell_quote(stub_) +
                               " -n 50 'harbour OR storm' >/dev/null; echo -n \"$? \"; done");
    statuses = r.out + "|" + r.err;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  second_->stop();
  searches.join();
  const std::string codes = statuses.substr(0, statuses.find('|'));
  std::istringstream in(codes);
  std::size_t answered = 0, failed = 0;
  for (int code; in >> code;) {
    EXPECT_TRUE(code == 0 || code == 2) << codes;
    (code == 0 ? answered : failed)++;
  }
  EXPECT_EQ(answered + failed, 40u) << statuses;
  EXPECT_GT(failed, 0u) << "the server was killed after every search had run: " << codes;
  EXPECT_NE(statuses.find("shard 2 (" + second_->address() + "): "), std::string::npos) << statuses;
  const auto partial = search(stub_, "--allow-partial -n 5 harbour");
  EXPECT_EQ(partial.status, 0) << partial.err;
}

}  // namespace
}  // namespace newsarchive
