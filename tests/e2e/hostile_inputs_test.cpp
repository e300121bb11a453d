// Hostile files given to the real news-index: each is skipped (or read) with a reason, within
// the limits of newsarchive/indexer/limits.h, and never costs the run its memory, its time or
// the articles around it.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "run_command.h"

namespace newsarchive {
namespace {

using testing::run_command;
using testing::shell_quote;

const std::string kGood = R"({"id":"good","title":"Harbour news","body":"The ferry sailed."})"
                          "\n";

class HostileInputs : public ::testing::Test {
 protected:
  testing::CommandResult index(const std::string& inputs, const std::string& prefix = "") {
    return run_command(prefix + NEWS_INDEX + " --no-entities --db " + shell_quote(dir_ / "db") +
                       " " + inputs);
  }
  testing::TempDir dir_;
};

TEST_F(HostileInputs, JsonNestedAHundredThousandDeepIsSkippedNotACrash) {
  const std::string deep = R"({"id":"deep","title":"Deep","body":)" + std::string(100000, '[') +
                           std::string(100000, ']') + "}\n";
  const auto r = index(shell_quote(dir_.write("deep.jsonl", deep + kGood)));
  EXPECT_EQ(r.status, 1) << r.err;  // was a SIGSEGV
  EXPECT_NE(r.err.find("deep.jsonl:1: nested too deeply"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("indexed 1 "), std::string::npos) << r.err;
}

TEST_F(HostileInputs, AFiftyMegabyteLineIsSkippedWithinBoundedMemory) {
  if (!std::filesystem::exists("/usr/bin/time")) GTEST_SKIP() << "needs /usr/bin/time";
  const std::string line = R"({"id":"long","body":")" + std::string(50u << 20, 'x') + "\"}\n";
  const auto input = dir_.write("long.jsonl", line + kGood);
  const auto r = index(shell_quote(input), "/usr/bin/time -f 'peak %M KB' ");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("long.jsonl:1: line too long"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("indexed 1 "), std::string::npos) << r.err;
  const auto at = r.err.find("peak ");
  ASSERT_NE(at, std::string::npos) << r.err;
  EXPECT_LT(std::stol(r.err.substr(at + 5)), 150 * 1024) << "KB; was 233,000 KB";
}

TEST_F(HostileInputs, XmlAndHtmlNestedAHundredThousandDeepAreSkippedAsSuch) {
  const std::string p = "<p>The ferry sailed at dawn, the harbour calm.</p>";
  std::string divs, undivs, ps, unps;
  for (int i = 0; i < 100000; ++i) divs += "<div>", undivs += "</div>", ps += "<p>", unps += "</p>";
  const auto html = dir_.write("deep.html", "<html><head><title>Deep</title></head><body>" + divs +
                                                p + undivs + "</body></html>");
  const auto xml = dir_.write("deep.xml",
                              "<?xml version=\"1.0\"?><nitf><head><title>Deep</title></head><body>"
                              "<body.content>" +
                                  ps + "text" + unps + "</body.content></body></nitf>");
  const auto r = index(shell_quote(html) + " " + shell_quote(xml));
  EXPECT_EQ(r.status, 1) << r.err;
  // Was "no article text on the page (navigation or boilerplate only)".
  EXPECT_NE(r.err.find("deep.html: nested too deeply"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("deep.xml: not well-formed XML (Excessive depth"), std::string::npos)
      << r.err;
}

TEST_F(HostileInputs, AZipWithAGigabyteTextMemberIsSkippedWithinBoundedMemory) {
  if (!std::filesystem::exists("/usr/bin/time")) GTEST_SKIP() << "needs /usr/bin/time";
  const std::string zip = dir_ / "big.zip";
  if (run_command("head -c 1000000000 /dev/zero | tr '\\0' a | zip -q " + shell_quote(zip) + " -")
          .status != 0)
    GTEST_SKIP() << "needs zip";
  const auto r = index(shell_quote(zip), "/usr/bin/time -f 'peak %M KB' ");
  EXPECT_EQ(r.status, 1) << r.err;  // was over 6 GB and still growing after 285 s
  EXPECT_NE(r.err.find("big.zip/-: too large to read as one document"), std::string::npos) << r.err;
  const auto at = r.err.find("peak ");
  ASSERT_NE(at, std::string::npos) << r.err;
  EXPECT_LT(std::stol(r.err.substr(at + 5)), 150 * 1024) << "KB";
}

// 50,000 valid records of 10 KB each, compressed with zstd to 46 KB: a bomb made of records that
// are each fine, so no record limit stops it; only the ratio of what comes out to what was read.
TEST_F(HostileInputs, AZstdBombOfValidRecordsStopsAtTheCompressionRatio) {
  const std::string record =
      R"({"id":"bomb","title":"Bomb","body":"harbour")" + std::string(10000, ' ') + "}";
  const auto line = dir_.write("line.txt", record);
  const std::string bomb = dir_ / "bomb.jsonl.zst";
  if (run_command("yes \"$(cat " + shell_quote(line) + ")\" | head -n 50000 | zstd -q -o " +
                  shell_quote(bomb))
          .status != 0)
    GTEST_SKIP() << "needs zstd";
  const auto r = index(shell_quote(bomb));
  EXPECT_EQ(r.status, 1) << r.err;  // was 0 after reading all 50,000 records (9.4 s)
  EXPECT_NE(r.err.find("bomb.jsonl.zst: decompresses to over 100 times its size (a "
                       "decompression bomb): the rest is not read"),
            std::string::npos)
      << r.err;
  // Stopped at a record boundary: no truncated last record reported as broken JSON.
  EXPECT_EQ(r.err.find("not valid JSON"), std::string::npos) << r.err;
  const auto unchanged = r.err.find("unchanged ");
  ASSERT_NE(unchanged, std::string::npos) << r.err;
  EXPECT_LT(std::stol(r.err.substr(unchanged + 10)), 10000) << r.err;
}

TEST_F(HostileInputs, AnArticleOverTheTextLimitIsSkipped) {
  std::string body;
  for (int i = 0; i < 600000; ++i) body += "word ";  // 3 MB, under the line limit
  const auto input =
      dir_.write("big.jsonl", R"({"id":"big","title":"Big","body":")" + body + "\"}\n" + kGood);
  const auto r = index(shell_quote(input));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("big.jsonl:1: article too large"), std::string::npos) << r.err;
}

TEST_F(HostileInputs, AFifoIsSkippedInsteadOfWaitedOnForever) {
  const std::string fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto r =
      index(shell_quote(fifo) + " " + shell_quote(dir_.write("a.jsonl", kGood)), "timeout 20 ");
  EXPECT_EQ(r.status, 1) << r.err;  // timeout's 124 before
  EXPECT_NE(r.err.find("pipe: a FIFO (not read"), std::string::npos) << r.err;
}

TEST_F(HostileInputs, ASymlinkLeavingTheFolderIsNotFollowed) {
  dir_.write("in/a.jsonl", kGood);
  std::filesystem::create_symlink("/etc/passwd", dir_ / "in/passwd.txt");
  std::filesystem::create_symlink(dir_ / "in/a.jsonl", dir_ / "in/b.jsonl");  // stays inside
  const auto r = index(shell_quote(dir_ / "in"));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("passwd.txt: symbolic link leading out of the folder"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 articles in"), std::string::npos) << r.err;  // /etc/passwd was one
}

TEST_F(HostileInputs, EmptyAndJunkFilesAreNamedNeverSilentlyZeroArticles) {
  const auto empty = dir_.write("empty.jsonl", "");
  ASSERT_EQ(run_command("gzip -c </dev/null >" + shell_quote(dir_ / "empty.gz")).status, 0);
  ASSERT_EQ(
      run_command("head -c 50000000 /dev/zero | gzip -c >" + shell_quote(dir_ / "zeros.gz")).status,
      0);
  const auto junk = dir_.write("junk.txt", std::string(3000, '\x01') + "\x7f\x02");
  const auto r = index(shell_quote(empty) + " " + shell_quote(dir_ / "empty.gz") + " " +
                       shell_quote(dir_ / "zeros.gz") + " " + shell_quote(junk));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("empty.jsonl: no articles: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.gz: no articles: an empty archive"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("Unrecognized archive format"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("zeros.gz: decompresses to over 100 times its size"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("skipped 4 "), std::string::npos) << r.err;
}

// libarchive checks no gzip CRC: a damaged file was read as garbled articles with garbled ids.
TEST_F(HostileInputs, ADamagedGzipIsReportedNotIndexedAsGarbage) {
  std::string lines;
  for (int i = 0; i < 3000; ++i)
    lines += R"({"id":"a)" + std::to_string(i) + R"(","title":"Report )" + std::to_string(i) +
             R"(","body":"The council met on the budget, number )" + std::to_string(i * 7919) +
             ".\"}\n";
  dir_.write("a.jsonl", lines);
  ASSERT_EQ(run_command("gzip -9 " + shell_quote(dir_ / "a.jsonl")).status, 0);
  std::string bytes;
  {
    std::ifstream in(dir_ / "a.jsonl.gz", std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (std::size_t i = 0; i < 200; ++i) bytes[bytes.size() / 2 + i] ^= 0x55;
  const auto damaged = dir_.write("damaged.jsonl.gz", bytes);
  ASSERT_NE(run_command("gzip -t " + shell_quote(damaged)).status, 0);
  const auto r = index(shell_quote(damaged));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("damaged.jsonl.gz: corrupt compressed data"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("indexed 0 "), std::string::npos) << r.err;
}

// 20,000 articles of about 1 KB, so that reading them takes a while.
std::string twenty_thousand_lines() {
  std::string lines;
  const std::string body(1000, 'w');
  for (int i = 0; i < 20000; ++i)
    lines += R"({"id":"a)" + std::to_string(i) + R"(","title":"Harbour )" + std::to_string(i) +
             R"(","body":")" + body + "\"}\n";
  return lines;
}

// Runs news-index on `input`, and does `action` (a shell command) once the indexer has the file
// open: its descriptor is what it reads from then.
testing::CommandResult index_and_meanwhile(const std::string& db, const std::string& input,
                                           const std::string& action) {
  return run_command(std::string(NEWS_INDEX) + " --no-entities --batch 500 --db " +
                     shell_quote(db) + " " + shell_quote(input) + " & p=$!; " +
                     "until ls -l /proc/$p/fd 2>/dev/null | grep -qF " + shell_quote(input) +
                     "; do kill -0 $p 2>/dev/null || break; done; " + action +
                     "; wait $p; echo \"status=$?\"");
}

std::size_t articles_in(const std::string& db) {
  const auto r =
      run_command("xapian-delve -1 " + shell_quote(db) + " 2>&1 | grep -m1 'number of documents'");
  const auto at = r.out.find("= ");
  return at == std::string::npos ? 0 : std::stoul(r.out.substr(at + 2));
}

TEST_F(HostileInputs, AFileRemovedWhileReadIsReadWholeFromItsDescriptor) {
  const auto input = dir_.write("vanishing.jsonl", twenty_thousand_lines());
  const auto r = index_and_meanwhile(dir_ / "db", input, "rm " + shell_quote(input));
  EXPECT_NE(r.out.find("status=0"), std::string::npos) << r.out << r.err;
  EXPECT_FALSE(std::filesystem::exists(input));
  EXPECT_EQ(articles_in(dir_ / "db"), 20000u) << r.err;
}

TEST_F(HostileInputs, AFileTruncatedWhileReadEndsEarlyAndCostsOnlyItsCutRecord) {
  const auto input = dir_.write("shrinking.jsonl", twenty_thousand_lines());
  const auto r =
      index_and_meanwhile(dir_ / "db", input, "truncate -s 1000000 " + shell_quote(input));
  // Exit 1 when the cut fell inside a record (named and skipped), 0 when between two.
  EXPECT_TRUE(r.out.find("status=0") != std::string::npos ||
              r.out.find("status=1") != std::string::npos)
      << r.out << r.err;
  const std::size_t kept = articles_in(dir_ / "db");
  EXPECT_GT(kept, 0u) << r.err;
  EXPECT_LT(kept, 20000u) << r.err;
  if (r.out.find("status=1") != std::string::npos) {
    EXPECT_NE(r.err.find("shrinking.jsonl:" + std::to_string(kept + 1) + ": "), std::string::npos)
        << r.err;
  }
}

TEST_F(HostileInputs, ControlCharactersAndImpossibleDatesCostNoArticle) {
  const std::string odd =
      R"({"id":"odd\u0000id","title":"Nul\u0000and\u0007bell","body":"Tab\u0001body\u001f.",)"
      R"("source":"S\u0000","authors":["A\u0000B"],"date":"99999999-99-99"})"
      "\n"
      R"({"id":"old","title":"Old","body":"Ancient.","date":"-4000000000"})"
      "\n";
  const auto r = index(shell_quote(dir_.write("odd.jsonl", odd)));
  EXPECT_LE(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("2 articles in"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newsarchive
