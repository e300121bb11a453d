// Near-duplicate collapsing through the command line, on sample_data/duplicates/: one wire story
// as two papers printed it (another headline, small edits, the last paragraph cut).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <set>

#include "cli_archive.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

const std::string kPair = std::string(NEWSARCHIVE_SOURCE_DIR) + "/sample_data/duplicates";

class DuplicatesTest : public testing::CliArchiveTest {
 protected:
  nlohmann::json search_json(const std::string& args) {
    const auto r = search("--json " + args);
    EXPECT_LE(r.status, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
};

TEST_F(DuplicatesTest, TheTwoCopiesShowAsOneHitWithOneSimilar) {
  const auto ix = index(shell_quote(kPair));
  ASSERT_EQ(ix.status, 0) << ix.err;
  const auto human = search("'ferry strike'");
  EXPECT_EQ(human.status, 0) << human.err;
  EXPECT_NE(human.out.find("1 match (2 articles, near-duplicates collapsed), showing 1-1"),
            std::string::npos)
      << human.out;
  EXPECT_NE(human.out.find("· +1 similar"), std::string::npos) << human.out;
  EXPECT_EQ(human.out.find("2. "), std::string::npos) << human.out;

  const auto j = search_json("'ferry strike'");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["similar"], 1);
  EXPECT_EQ(j["total"]["estimate"], 1);
  EXPECT_EQ(j["total"]["articles"], 2);
  EXPECT_TRUE(j["hits"][0]["cluster"].is_string());
}

TEST_F(DuplicatesTest, NoCollapseShowsBothCopiesInOneCluster) {
  ASSERT_EQ(index(shell_quote(kPair)).status, 0);
  const auto human = search("--no-collapse 'ferry strike'");
  EXPECT_NE(human.out.find("2 matches, showing 1-2"), std::string::npos) << human.out;
  EXPECT_EQ(human.out.find("similar"), std::string::npos) << human.out;

  const auto j = search_json("--no-collapse 'ferry strike'");
  ASSERT_EQ(j["hits"].size(), 2u);
  EXPECT_EQ(j["hits"][0]["similar"], 0);
  EXPECT_EQ(j["hits"][0]["cluster"], j["hits"][1]["cluster"]);
  const std::set<std::string> titles{j["hits"][0]["title"].get<std::string>(),
                                     j["hits"][1]["title"].get<std::string>()};
  EXPECT_EQ(titles.count("Ferry crews on Norland's island routes walk out over rosters"), 1u);
  EXPECT_EQ(titles.count("Island commuters stranded as ferry strike begins"), 1u);

  // The cluster key is a filter: cluster:KEY lists the cluster.
  const auto key = j["hits"][0]["cluster"].get<std::string>();
  EXPECT_EQ(search_json("--no-collapse " + shell_quote("cluster:\"" + key + "\""))["hits"].size(),
            2u);
}

TEST_F(DuplicatesTest, ReindexingLeavesTheClusterAsItWas) {
  ASSERT_EQ(index(shell_quote(kPair)).status, 0);
  const auto before = search_json("--no-collapse 'ferry strike'");
  const auto again = index(shell_quote(kPair));
  EXPECT_NE(again.err.find("unchanged 2"), std::string::npos) << again.err;
  EXPECT_EQ(search_json("--no-collapse 'ferry strike'")["hits"][0]["cluster"],
            before["hits"][0]["cluster"]);
}

TEST_F(DuplicatesTest, TheReprintIndexedLaterJoinsTheWireCopysCluster) {
  ASSERT_EQ(index(shell_quote(kPair + "/ferry-strike-wire.txt")).status, 0);
  ASSERT_EQ(index(shell_quote(kPair + "/ferry-strike-reprint.txt")).status, 0);
  const auto j = search_json("'ferry strike'");
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["similar"], 1);
}

TEST_F(DuplicatesTest, WithoutDetectionBothCopiesAreSeparateHits) {
  ASSERT_EQ(index("--no-duplicates " + shell_quote(kPair)).status, 0);
  const auto j = search_json("'ferry strike'");
  EXPECT_EQ(j["hits"].size(), 2u);
  EXPECT_TRUE(j["hits"][0]["cluster"].is_null());
}

// Pairs of one story as JSON Lines: first the whole text, then a copy with its last quarter cut.
// The cut copy is quicker to enrich, so without the turnstile a worker often matched it before
// the whole one and the cut copy's id became the key.
std::string story_pairs_jsonl(int pairs) {
  std::string out;
  std::uint64_t state = 88172645463325252ULL;
  auto next_word = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return "w" + std::to_string(state % 50000);
  };
  for (int p = 0; p < pairs; ++p) {
    std::string whole, half;
    for (int w = 0; w < 400; ++w) {
      const std::string word = next_word() + (w % 12 == 11 ? ". " : " ");
      whole += word;
      if (w < 300) half += word;
    }
    for (const auto& [id, body] : {std::pair{"s" + std::to_string(p) + "-whole", whole},
                                   std::pair{"s" + std::to_string(p) + "-cut", half}})
      out += nlohmann::json{{"id", id},
                            {"title", "Story " + std::to_string(p)},
                            {"date", "2024-05-01"},
                            {"body", body}}
                 .dump() +
             "\n";
  }
  return out;
}

TEST_F(DuplicatesTest, AnyNumberOfWorkersGivesTheFirstCopyReadTheKey) {
  const auto input = dir_.write("pairs.jsonl", story_pairs_jsonl(150));
  std::map<std::string, std::string> keys_by_jobs[2];
  int run = 0;
  for (const char* jobs : {"1", "4"}) {
    db_ = dir_ / (std::string("db-jobs-") + jobs);
    const auto ix = index(std::string("--jobs ") + jobs + " " + shell_quote(input));
    ASSERT_EQ(ix.status, 0) << ix.err;
    const auto j = search_json("--no-collapse -n 1000 story");
    ASSERT_EQ(j["hits"].size(), 300u);
    for (const auto& hit : j["hits"])
      keys_by_jobs[run][hit["id"].get<std::string>()] = hit["cluster"].get<std::string>();
    ++run;
  }
  EXPECT_EQ(keys_by_jobs[0], keys_by_jobs[1]);
  for (const auto& [id, key] : keys_by_jobs[1]) {
    const auto story = id.substr(0, id.find('-'));
    EXPECT_EQ(key, story + "-whole") << id;
  }
}

// The same article twice in one input, then changed: the copy read last is kept, whatever the
// number of workers (an earlier copy that is slower to prepare reaches the writer later).
std::string updated_articles_jsonl(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    const std::string id = "article-" + std::to_string(i);
    std::string first_body;
    // The first copies are long, so that they take longer to prepare than the second ones.
    for (int k = 0; k < 60; ++k)
      first_body += "Draft paragraph " + std::to_string(k) + " of story " + std::to_string(i) +
                    " about harbour works in Lisbon and Porto. ";
    out += "{\"id\":\"" + id + "\",\"title\":\"Draft " + std::to_string(i) + "\",\"body\":\"" +
           first_body + "\"}\n";
    out += "{\"id\":\"" + id + "\",\"title\":\"Final " + std::to_string(i) +
           "\",\"body\":\"The final text of story " + std::to_string(i) + ".\"}\n";
  }
  return out;
}

TEST_F(DuplicatesTest, AnArticleReadTwiceKeepsTheCopyReadLast) {
  const auto input = dir_.write("updates.jsonl", updated_articles_jsonl(200));
  for (const char* jobs : {"1", "4"}) {
    db_ = dir_ / (std::string("db-updates-") + jobs);
    const auto ix = index(std::string("--jobs ") + jobs + " " + shell_quote(input));
    ASSERT_EQ(ix.status, 0) << ix.err;
    const auto j = search_json("--no-collapse -n 1000 story");
    ASSERT_EQ(j["hits"].size(), 200u) << jobs;
    int drafts = 0;
    for (const auto& hit : j["hits"])
      if (!hit["title"].get<std::string>().starts_with("Final ")) ++drafts;
    EXPECT_EQ(drafts, 0) << "--jobs " << jobs;
  }
}

}  // namespace
}  // namespace newsarchive
