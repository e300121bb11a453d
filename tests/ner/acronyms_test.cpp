// Acronyms learned from their definitions in news text ("... Facility (EFSF)").
#include "newsarchive/ner/acronyms.h"

#include <gtest/gtest.h>

#include <map>

#include "newsarchive/ner/lexicon.h"

namespace newsarchive::ner {
namespace {

TEST(Acronyms, TheNameIsTheWordsBeforeTheParenthesesWhoseInitialsSpellIt) {
  EXPECT_EQ(defined_name("rescue fund, the European Financial Stability Facility ", "EFSF"),
            "European Financial Stability Facility");
  EXPECT_EQ(defined_name("by the Office of the Comptroller of the Currency ", "OCC"),
            "Office of the Comptroller of the Currency");
  EXPECT_EQ(defined_name("the Committee on Foreign Investment in the United States ", "CFIUS"),
            "Committee on Foreign Investment in the United States");
  EXPECT_EQ(defined_name("said the International Monetary Fund's ", "IMF"),
            "International Monetary Fund");
  EXPECT_EQ(defined_name("troubled Savings and Loan ", "S&L"), "Savings and Loan");
  // Initials that do not spell it, a connector at the end, too few words: no definition.
  EXPECT_EQ(defined_name("the European Central Bank ", "EFSF"), "");
  EXPECT_EQ(defined_name("chief of the ", "COT"), "");
  EXPECT_EQ(defined_name("Stability Facility ", "EFSF"), "");
  EXPECT_EQ(defined_name("European Financial stability Facility ", "EFSF"), "");
}

std::string article(const std::string& name, const std::string& acronym) {
  return "Officials of the " + name + " (" + acronym + ") met on Monday. The " + acronym +
         " said later that the " + name + " (" + acronym + ") would decide in March.";
}

TEST(Acronyms, AnAcronymIsKeptWhenEnoughArticlesDefineItMostlyAsOneName) {
  AcronymCollector collector;
  for (int i = 0; i < 5; ++i)
    collector.add_text(article("European Financial Stability Facility", "EFSF"));
  for (int i = 0; i < 4; ++i) collector.add_text(article("Serious Fraud Office", "SFO"));
  for (int i = 0; i < 6; ++i) {
    collector.add_text(article("Financial Services Authority", "FSA"));
    collector.add_text(article("Financial Services Agency", "FSA"));
  }
  for (int i = 0; i < 9; ++i) collector.add_text(article("Purchasing Managers Index", "PM"));
  for (int i = 0; i < 9; ++i) collector.add_text(article("International Monetary Fund", "IMF"));

  const auto acronyms = collector.acronyms(AcronymOptions{});
  ASSERT_EQ(acronyms.size(), 1u);          // SFO: 4 articles; FSA: two names; PM: two letters;
  EXPECT_EQ(acronyms[0].acronym, "EFSF");  // IMF: the curated table knows it
  EXPECT_EQ(acronyms[0].key, "efsf");
  EXPECT_EQ(acronyms[0].name_key, "european financial stability facility");
  EXPECT_EQ(acronyms[0].articles, 5u);  // each article counts once
  EXPECT_EQ(acronyms[0].defining_articles, 5u);

  AcronymOptions loose;
  loose.min_articles = 4;
  loose.min_share = 0.5;
  EXPECT_EQ(collector.acronyms(loose).size(), 3u);  // + FSA (the smaller key on a tie), SFO
}

TEST(Acronyms, AnAcronymThatNewsMostlyWritesAsAWordIsLeftOut) {
  AcronymCollector collector;
  for (int i = 0; i < 5; ++i) {
    collector.add_text(article("State Administration of Foreign Exchange", "SAFE"));
    collector.add_text(article("European Financial Stability Facility", "EFSF"));
  }
  HashIndex lexicon;
  lexicon.reserve(2);
  WordInfo rarely_capitalised;
  rarely_capitalised.cap_bucket = 2;
  lexicon.insert(lexicon_key("safe"), rarely_capitalised.pack());
  const auto acronyms = collector.acronyms(AcronymOptions{}, &lexicon);
  ASSERT_EQ(acronyms.size(), 1u);
  EXPECT_EQ(acronyms[0].key, "efsf");
  EXPECT_EQ(collector.acronyms(AcronymOptions{}).size(), 2u);
}

// "Kia" beside "KIA": the word is a name of its own, which the acronym's alias would swallow.
TEST(Acronyms, AnAcronymNewsAlsoWritesAsACapitalisedNameIsLeftOut) {
  AcronymCollector collector;
  for (int i = 0; i < 5; ++i) {
    collector.add_text(article("Kuwait Investment Authority", "KIA"));
    collector.add_text(article("European Financial Stability Facility", "EFSF"));
  }
  for (int i = 0; i < 2; ++i) collector.add_text("Kia sold more cars in March.");
  ASSERT_EQ(collector.acronyms(AcronymOptions{}).size(), 1u);  // two of five: more than a fifth
  EXPECT_EQ(collector.acronyms(AcronymOptions{})[0].key, "efsf");
  AcronymOptions tolerant;
  tolerant.max_capitalised_share = 0.5;
  EXPECT_EQ(collector.acronyms(tolerant).size(), 2u);
}

TEST(Acronyms, AnInstrumentCodesLettersAreReadInsideItsBrackets) {
  const auto letters = [](std::string_view text) { return code_letters_at(text, 0); };
  EXPECT_EQ(letters("( AIG.N ) said"), "AIG");
  EXPECT_EQ(letters("(BBVA.MC)"), "BBVA");
  EXPECT_EQ(letters("<IBM> said"), "IBM");  // Reuters-21578's form
  EXPECT_EQ(letters("( GM.N )"), "");       // two letters name too many things
  EXPECT_EQ(letters("( DBKGn.DE )"), "");
  EXPECT_EQ(letters("(AIG) said"), "");  // an acronym, not a code
  EXPECT_EQ(letters("( AIG.N said"), "");
  EXPECT_EQ(letters("( 7203.T )"), "");
}

// The name key each learned acronym's key stands for, with the default options.
std::map<std::string, std::string> learned_names(const AcronymCollector& collector) {
  std::map<std::string, std::string> names;
  for (const auto& a : collector.acronyms(AcronymOptions{})) names[a.key] = a.name_key;
  return names;
}

// A company's code defines its letters as its short name ("Advanced Micro Devices Inc
// (AMD.N)", then "AMD") when the articles that write the letters alone give the code too.
TEST(Acronyms, ACodesLettersAreTheCompanyTheArticlesWritingThemNameBesideIt) {
  AcronymCollector collector;
  for (int i = 0; i < 5; ++i) {
    collector.add_text("Advanced Micro Devices Inc ( AMD.N ) cut prices. AMD said sales rose.");
    collector.add_text("Bank of America Corp ( BAC.N ) sold bonds, and BAC shares fell.");
    // Letters other news writes alone, without the company's code: the ADP jobs report.
    collector.add_text("Automatic Data Processing Inc ( ADP.O ) reported results.");
    collector.add_text("The ADP report showed hiring slowed.");
    collector.add_text("Economists awaited the ADP figures.");
  }
  std::map<std::string, std::string> names = learned_names(collector);
  EXPECT_EQ(names["amd"], "advanced micro devices");
  EXPECT_EQ(names["bac"], "bank of america");  // the legal form spells the C
  EXPECT_FALSE(names.contains("adp"));
}

// News names a company in full once and by its initials after, with no parentheses: the
// letters are the name when enough of the articles writing them alone spell them so. Not a
// person's initials, not a name that goes on past the letters, not letters the text defines in
// parentheses as several names, and not letters written as a name with an ampersand.
TEST(Acronyms, LettersTheArticleSpellsInCapitalisedWordsAreThatName) {
  AcronymCollector collector;
  for (int i = 0; i < 5; ++i) {
    collector.add_text("Mitsubishi Heavy Industries Ltd won the order. MHI said it would hire.");
    collector.add_text("Japan's Mitsubishi Heavy Industries delayed the jet, MHI said.");
    collector.add_text("Brazil, Russia, India, China and South Africa met; BRICS leaders agreed.");
    collector.add_text("Steven A. Cohen founded the fund. SAC Capital declined to comment.");
    collector.add_text("The Financial Services Authority (FSA) fined a broker. The FSA said.");
    collector.add_text("Japan's Financial Services Agency (FSA) ordered a review.");
    collector.add_text("The Financial Services Authority rebuked it, the FSA said.");
    collector.add_text("Britain's Financial Services Authority consulted; FSA rules apply.");
    collector.add_text("The Financial Services Authority will decide, an FSA official said.");
    collector.add_text("American Telephone and Telegraph Co sold bonds; ATT shares rose.");
    collector.add_text("AT&T Inc raised its dividend.");
  }
  std::map<std::string, std::string> names = learned_names(collector);
  EXPECT_EQ(names["mhi"], "mitsubishi heavy industries");
  EXPECT_FALSE(names.contains("brics"));
  EXPECT_FALSE(names.contains("sac"));
  EXPECT_FALSE(names.contains("fsa"));
  EXPECT_FALSE(names.contains("att"));  // AT&T is a name of its own
}

}  // namespace
}  // namespace newsarchive::ner
