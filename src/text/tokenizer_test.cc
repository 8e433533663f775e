#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string> Texts(const std::string& text, std::vector<Token>* out = nullptr) {
  std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  std::vector<std::string> texts;
  for (const Token& t : tokens) texts.push_back(text.substr(t.begin, t.end - t.begin));
  if (out != nullptr) *out = tokens;
  return texts;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_EQ(Texts("Houthi rebels attacked ships, officials said."),
            (V{"Houthi", "rebels", "attacked", "ships", ",", "officials", "said", "."}));
}

TEST(TokenizerTest, HyphenatedCompoundsStayWholeWithParts) {
  std::string text = "Iran-backed militias and the US-led, anti-ISIS coalition";
  std::vector<Token> tokens;
  EXPECT_EQ(Texts(text, &tokens),
            (V{"Iran-backed", "militias", "and", "the", "US-led", ",", "anti-ISIS", "coalition"}));
  EXPECT_TRUE(tokens[0].has(kHyphenated));
  std::vector<Span> parts = HyphenParts(text, tokens[0]);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(text.substr(parts[0].begin, parts[0].size()), "Iran");
  EXPECT_EQ(text.substr(parts[1].begin, parts[1].size()), "backed");
  EXPECT_FALSE(tokens[1].has(kHyphenated));
  EXPECT_EQ(HyphenParts(text, tokens[1]).size(), 1u);
}

TEST(TokenizerTest, PossessivesAndContractions) {
  std::vector<Token> tokens;
  EXPECT_EQ(
      Texts("Israel's war; Israel\u2019s army; the Houthis' attacks; it didn't; O'Brien", &tokens),
      (V{"Israel", "'s", "war", ";", "Israel", "\u2019s", "army", ";", "the", "Houthis", "'",
         "attacks", ";", "it", "did", "n't", ";", "O'Brien"}));
  EXPECT_TRUE(tokens[1].has(kClitic));
  EXPECT_TRUE(tokens[10].has(kClitic));
  EXPECT_TRUE(tokens[15].has(kClitic));
}

TEST(TokenizerTest, Numbers) {
  std::vector<Token> tokens;
  EXPECT_EQ(Texts("about 2,500 troops, $1.2 billion, 3.5% in the 1990s, 10th", &tokens),
            (V{"about", "2,500", "troops", ",", "$", "1.2", "billion", ",", "3.5", "%", "in", "the",
               "1990s", ",", "10th"}));
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[4].kind, TokenKind::kSymbol);
  // A comma not followed by exactly three digits separates.
  EXPECT_EQ(Texts("In 2008,12 people"), (V{"In", "2008", ",", "12", "people"}));
}

TEST(TokenizerTest, AbbreviationsKeepTheirPeriod) {
  std::vector<Token> tokens;
  EXPECT_EQ(
      Texts("U.S. and U.N. envoys met Mr. Smith, Lt. Col. Jones and Gen. Ali at 9 a.m.", &tokens),
      (V{"U.S.", "and", "U.N.", "envoys", "met", "Mr.", "Smith", ",", "Lt.", "Col.", "Jones", "and",
         "Gen.", "Ali", "at", "9", "a.m."}));
  EXPECT_TRUE(tokens[0].has(kAbbreviation));
  EXPECT_TRUE(tokens[16].has(kAbbreviation));
  EXPECT_EQ(Texts("John F. Kennedy"), (V{"John", "F.", "Kennedy"}));
  EXPECT_EQ(Texts("No. 10 and St. Petersburg on Jan. 5"),
            (V{"No.", "10", "and", "St.", "Petersburg", "on", "Jan.", "5"}));
  // Lowercase "no." is a word and a full stop, not an abbreviation.
  EXPECT_EQ(Texts("He said no."), (V{"He", "said", "no", "."}));
  EXPECT_EQ(Texts("the U.S.-led force"), (V{"the", "U.S.-led", "force"}));
  EXPECT_EQ(Texts("ex-Sen. Ingalls"), (V{"ex-Sen.", "Ingalls"}));
}

TEST(TokenizerTest, EllipsesDashesUrls) {
  EXPECT_EQ(
      Texts("wait... then -- go \u2026 see https://example.org/a?b=1. Mail info@example.org."),
      (V{"wait", "...", "then", "--", "go", "\u2026", "see", "https://example.org/a?b=1", ".",
         "Mail", "info@example.org", "."}));
}

TEST(TokenizerTest, OffsetsAndSpaceFlags) {
  std::string text = "  \u201CWe won,\u201D he said.";
  std::vector<Token> tokens;
  V texts = Texts(text, &tokens);
  EXPECT_EQ(texts, (V{"\u201C", "We", "won", ",", "\u201D", "he", "said", "."}));
  EXPECT_EQ(tokens[0].begin, 2u);
  EXPECT_TRUE(tokens[0].has(kSpaceBefore));
  EXPECT_FALSE(tokens[1].has(kSpaceBefore));
  for (const Token& t : tokens) EXPECT_LT(t.begin, t.end);
}

TEST(TokenizerTest, NonLatinScripts) {
  EXPECT_EQ(
      Texts("\u0628\u063A\u062F\u0627\u062F \u5317\u4EAC, \u041C\u043E\u0441\u043A\u0432\u0430."),
      (V{"\u0628\u063A\u062F\u0627\u062F", "\u5317\u4EAC", ",",
         "\u041C\u043E\u0441\u043A\u0432\u0430", "."}));
}

}  // namespace
}  // namespace dyad
