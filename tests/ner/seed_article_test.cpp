// The project's acceptance example: the seed article's people, organisations and
// places, and no common word among the facets.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <random>
#include <thread>

#include "newsarchive/ner/normalise.h"
#include "test_paths.h"

namespace newsarchive::ner {
namespace {

const char* type_name(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganisation:
      return "organisation";
    case EntityType::kPlace:
      return "place";
    default:
      return "misc";
  }
}

class SeedArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string path = testing::seed_article_path();
    ASSERT_FALSE(path.empty()) << "seed article not found: set NEWSARCHIVE_SEED_ARTICLE";
    recognizer_ = new Recognizer(Recognizer::load(testing::model_path()));
    text_ = new std::string(testing::read_text_file(path));
    entities_ = new std::vector<Entity>(extract_entities(*recognizer_, "", *text_));
  }
  static void TearDownTestSuite() {
    delete entities_;
    delete text_;
    delete recognizer_;
    entities_ = nullptr;
    text_ = nullptr;
    recognizer_ = nullptr;
  }

  static bool has(EntityType type, const std::string& display) {
    return std::any_of(entities_->begin(), entities_->end(), [&](const Entity& e) {
      return e.type == type && e.display == display && e.key == entity_key(display);
    });
  }

  static Recognizer* recognizer_;
  static std::string* text_;
  static std::vector<Entity>* entities_;
};

Recognizer* SeedArticle::recognizer_ = nullptr;
std::string* SeedArticle::text_ = nullptr;
std::vector<Entity>* SeedArticle::entities_ = nullptr;

bool same(const std::vector<Entity>& a, const std::vector<Entity>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Entity& x, const Entity& y) {
    return x.type == y.type && x.key == y.key && x.display == y.display;
  });
}

TEST_F(SeedArticle, OneRecognizerServesManyThreadsAtOnce) {
  ASSERT_NE(entities_, nullptr);
  std::vector<int> agreed(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < agreed.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        agreed[t] += same(extract_entities(*recognizer_, "", *text_), *entities_) ? 1 : 0;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const int a : agreed) EXPECT_EQ(a, 5);
}

TEST_F(SeedArticle, ArbitraryBytesNeverBreakRecognition) {
  ASSERT_NE(recognizer_, nullptr);
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 50; ++round) {
    std::string text(static_cast<std::size_t>(round * 7), '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    for (const Mention& m : recognizer_->recognize(text)) {
      EXPECT_LE(m.begin, m.end);
      EXPECT_LE(m.end, text.size());
    }
    extract_entities(*recognizer_, text.substr(0, text.size() / 3), text);
  }
}

TEST_F(SeedArticle, TitleIsASentenceOfItsOwn) {
  ASSERT_NE(entities_, nullptr);
  const auto with_title =
      extract_entities(*recognizer_, "Iran told Hamas it would stay out", *text_);
  EXPECT_TRUE(std::any_of(with_title.begin(), with_title.end(),
                          [](const Entity& e) { return e.key == "iran"; }));
}

TEST_F(SeedArticle, FindsThePeople) {
  ASSERT_NE(entities_, nullptr);
  for (const char* name : {"Ali Khamenei", "Ismail Haniyeh", "Mohammed Deif", "Khaled Meshaal",
                           "Dennis Ross", "Mohanad Hage Ali"}) {
    EXPECT_TRUE(has(EntityType::kPerson, name)) << name;
  }
}

TEST_F(SeedArticle, FindsTheOrganisations) {
  ASSERT_NE(entities_, nullptr);
  for (const char* name : {"Hamas", "Hezbollah", "Reuters", "Carnegie Middle East Center",
                           "Washington Institute for Near East Policy"}) {
    EXPECT_TRUE(has(EntityType::kOrganisation, name)) << name;
  }
}

TEST_F(SeedArticle, FindsThePlaces) {
  ASSERT_NE(entities_, nullptr);
  for (const char* name :
       {"Iran", "Tehran", "Israel", "Gaza", "Lebanon", "Yemen", "Iraq", "Syria", "Beirut"}) {
    EXPECT_TRUE(has(EntityType::kPlace, name)) << name;
  }
}

TEST_F(SeedArticle, ShortFormsAreNotSeparateEntities) {
  ASSERT_NE(entities_, nullptr);
  for (const Entity& e : *entities_) {
    EXPECT_NE(e.key, "khamenei");
    EXPECT_NE(e.key, "haniyeh");
  }
}

TEST_F(SeedArticle, NoFacetIsACommonWord) {
  ASSERT_NE(entities_, nullptr);
  const std::vector<std::string> common = {"the",         "a",         "an",    "we",
                                           "our",         "it",        "its",   "he",
                                           "his",         "when",      "hints", "instead",
                                           "nonetheless", "according", "look",  "but",
                                           "this",        "on",        "a way", "hamas official",
                                           "november",    "oct",       "tv",    "supreme",
                                           "leader",      "ayatollah"};
  for (const Entity& e : *entities_) {
    std::cout << type_name(e.type) << '\t' << e.display << '\t' << e.key << '\n';
    EXPECT_TRUE(std::find(common.begin(), common.end(), e.key) == common.end()) << e.display;
    EXPECT_FALSE(e.display.empty());
    const unsigned char first = static_cast<unsigned char>(e.display[0]);
    EXPECT_TRUE(std::isupper(first) || std::isdigit(first) || first >= 0x80) << e.display;
    EXPECT_LE(e.key.size(), 120U);
  }
}

}  // namespace
}  // namespace newsarchive::ner
