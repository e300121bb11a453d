#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "newsarchive/ner/model.h"
#include "newsarchive/ner/recognizer.h"
#include "newsarchive/text/text.h"

namespace newsarchive::ner {
namespace {

namespace fs = std::filesystem;

class ModelFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ner-model-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static Model tiny_model() {
    Model m;
    m.features.reserve(2);
    m.features.insert(0x1234567ULL, 0);
    m.features.insert(0x7654321ULL, 1);
    m.row_offsets = {0, 2, 3};
    m.entry_tags = {0, 5, 16};
    m.entry_weights = {1.5F, -0.5F, 2.0F};
    m.transitions[3] = 0.25F;
    m.lexicon.reserve(1);
    m.lexicon.insert(99, 0xABCD);
    m.gazetteer.reserve(2);
    m.gazetteer.insert(77, 0x10001);
    m.gazetteer.insert(78, 0x4);
    return m;
  }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  static std::string bytes_of(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  static void write(const std::string& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
  }

  // The ModelError message of loading `p`, or "" if it loaded.
  static std::string load_error(const std::string& p) {
    try {
      load_model(p);
    } catch (const ModelError& e) {
      return e.what();
    }
    return "";
  }

  fs::path dir_;
};

TEST_F(ModelFile, RoundTripKeepsWeights) {
  const std::string p = path("tiny.model");
  save_model(tiny_model(), p);
  const Model m = load_model(p);
  EXPECT_EQ(m.feature_count(), 2U);
  const std::uint64_t ids[] = {0x1234567ULL, 0x7654321ULL, 0x42ULL};
  float scores[kNumTags] = {};
  m.score(ids, 3, scores);
  EXPECT_FLOAT_EQ(scores[0], 1.5F);
  EXPECT_FLOAT_EQ(scores[5], -0.5F);
  EXPECT_FLOAT_EQ(scores[16], 2.0F);
  EXPECT_FLOAT_EQ(m.transitions[3], 0.25F);
  EXPECT_EQ(m.lexicon.find(99), 0xABCDU);
  EXPECT_EQ(m.gazetteer.find(77), 0x10001U);
  EXPECT_EQ(m.gazetteer.find(78), 0x4U);
  EXPECT_EQ(m.gazetteer.size(), 2U);
  // The same model always gives the same bytes.
  const std::string again = path("again.model");
  save_model(m, again);
  EXPECT_EQ(bytes_of(p), bytes_of(again));
}

// A model trained with --no-unlabeled --no-gazetteer has empty tables: reading their zero
// entries must not hand memcpy a null pointer (UBSan stopped news-eval-ner there).
TEST_F(ModelFile, EmptyLexiconAndGazetteerRoundTrip) {
  Model m = tiny_model();
  m.lexicon = HashIndex();
  m.gazetteer = HashIndex();
  const std::string p = path("bare.model");
  save_model(m, p);
  const Model back = load_model(p);
  EXPECT_EQ(back.feature_count(), 2U);
  EXPECT_EQ(back.lexicon.size(), 0U);
  EXPECT_EQ(back.gazetteer.size(), 0U);
  EXPECT_EQ(back.lexicon.find(99), HashIndex::kMissing);
}

TEST_F(ModelFile, TwoStageRoundTrip) {
  Model m = tiny_model();
  Model second = tiny_model();
  second.lexicon = HashIndex();
  second.entry_weights = {3.0F, 4.0F, 5.0F};
  m.second_stage = std::make_shared<const Model>(std::move(second));
  const std::string p = path("stacked.model");
  save_model(m, p);
  const Model back = load_model(p);
  ASSERT_NE(back.second_stage, nullptr);
  EXPECT_EQ(back.second_stage->entry_weights, (std::vector<float>{3.0F, 4.0F, 5.0F}));
  EXPECT_EQ(back.entry_weights, (std::vector<float>{1.5F, -0.5F, 2.0F}));
  EXPECT_EQ(back.lexicon.find(99), 0xABCDU);
}

TEST_F(ModelFile, MissingFileIsAClearError) {
  const std::string message = load_error(path("no-such.model"));
  EXPECT_NE(message.find("no-such.model"), std::string::npos) << message;
  EXPECT_NE(message.find("cannot open"), std::string::npos) << message;
}

TEST_F(ModelFile, EmptyFileIsAClearError) {
  const std::string p = path("empty.model");
  write(p, "");
  const std::string message = load_error(p);
  EXPECT_NE(message.find("empty.model"), std::string::npos) << message;
  EXPECT_NE(message.find("empty"), std::string::npos) << message;
}

TEST_F(ModelFile, WrongFileIsAClearError) {
  const std::string p = path("wrong.model");
  write(p, "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\n");
  const std::string message = load_error(p);
  EXPECT_NE(message.find("wrong.model"), std::string::npos) << message;
  EXPECT_NE(message.find("not an NER model"), std::string::npos) << message;
}

TEST_F(ModelFile, EveryTruncationIsAClearError) {
  const std::string good = path("good.model");
  save_model(tiny_model(), good);
  const std::string bytes = bytes_of(good);
  const std::string p = path("cut.model");
  for (std::size_t size = 1; size < bytes.size(); ++size) {
    write(p, bytes.substr(0, size));
    const std::string message = load_error(p);
    EXPECT_NE(message.find("cut.model"), std::string::npos) << size << ": " << message;
  }
  write(p, bytes.substr(0, bytes.size() - 3));
  EXPECT_NE(load_error(p).find("truncated"), std::string::npos);
}

TEST_F(ModelFile, CorruptionIsDetected) {
  const std::string good = path("good.model");
  save_model(tiny_model(), good);
  std::string bytes = bytes_of(good);
  bytes[bytes.size() / 2] ^= 0x5A;
  const std::string p = path("flipped.model");
  write(p, bytes);
  EXPECT_NE(load_error(p).find("checksum"), std::string::npos);
}

// A model of the format before gazetteers (version 2), checksum intact: named as such.
TEST_F(ModelFile, OtherFormatVersionIsAClearError) {
  const std::string good = path("good.model");
  save_model(tiny_model(), good);
  std::string bytes = bytes_of(good);
  const std::uint32_t old_version = 2;
  std::memcpy(bytes.data() + 8, &old_version, sizeof old_version);
  const std::size_t payload = bytes.size() - 16;
  const std::uint64_t checksum = text::fnv1a64(std::string_view(bytes.data(), payload));
  std::memcpy(bytes.data() + payload, &checksum, sizeof checksum);
  const std::string p = path("v2.model");
  write(p, bytes);
  EXPECT_NE(load_error(p).find("unsupported format version 2 (this build reads 3)"),
            std::string::npos)
      << load_error(p);
}

TEST_F(ModelFile, RecognizerLoadReportsTheFile) {
  const std::string p = path("bad.model");
  write(p, "junk");
  try {
    Recognizer::load(p);
    FAIL() << "expected ModelError";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.model"), std::string::npos);
  }
}

}  // namespace
}  // namespace newsarchive::ner
