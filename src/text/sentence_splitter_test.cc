#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace dyad {
namespace {

std::vector<std::string> Split(const std::string& text, std::size_t max_tokens = 256) {
  std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  std::vector<SentenceBounds> bounds;
  SplitSentences(text, tokens, 0, static_cast<uint32_t>(tokens.size()), max_tokens, &bounds);
  std::vector<std::string> out;
  for (const SentenceBounds& b : bounds) {
    uint32_t begin = tokens[b.first].begin;
    uint32_t end = tokens[b.last - 1].end;
    out.push_back((b.dateline ? "[D] " : "") + text.substr(begin, end - begin));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitterTest, Basic) {
  EXPECT_EQ(Split("Troops left. The talks began! Will they last? Nobody knows."),
            (V{"Troops left.", "The talks began!", "Will they last?", "Nobody knows."}));
}

TEST(SentenceSplitterTest, Abbreviations) {
  EXPECT_EQ(
      Split("Mr. Smith met Gen. Ali and Lt. Col. Jones on Jan. 5 at No. 10 Downing St. in London."),
      (V{"Mr. Smith met Gen. Ali and Lt. Col. Jones on Jan. 5 at No. 10 Downing St. in London."}));
  EXPECT_EQ(Split("The U.S. and the U.N. agreed. U.S. Navy ships sailed."),
            (V{"The U.S. and the U.N. agreed.", "U.S. Navy ships sailed."}));
  EXPECT_EQ(Split("The decision came from the U.S. The Iraqis waited."),
            (V{"The decision came from the U.S.", "The Iraqis waited."}));
  EXPECT_EQ(Split("It was signed at 9 a.m. He left at noon."),
            (V{"It was signed at 9 a.m.", "He left at noon."}));
}

TEST(SentenceSplitterTest, InitialsDecimalsMoney) {
  EXPECT_EQ(Split("John F. Kennedy spoke. Aid rose 3.5 percent to $1.2 billion. It helped."),
            (V{"John F. Kennedy spoke.", "Aid rose 3.5 percent to $1.2 billion.", "It helped."}));
}

TEST(SentenceSplitterTest, QuotesAndBrackets) {
  EXPECT_EQ(Split("\"We will not leave,\" he said. \"Never!\" the crowd shouted. (It was loud.) "
                  "Then calm."),
            (V{"\"We will not leave,\" he said.", "\"Never!\" the crowd shouted.", "(It was loud.)",
               "Then calm."}));
  EXPECT_EQ(Split("\u201CWe agreed.\u201D The talks ended."),
            (V{"\u201CWe agreed.\u201D", "The talks ended."}));
}

TEST(SentenceSplitterTest, Ellipses) {
  EXPECT_EQ(Split("He paused... and went on. Then... Silence fell."),
            (V{"He paused... and went on.", "Then...", "Silence fell."}));
}

TEST(SentenceSplitterTest, Datelines) {
  EXPECT_EQ(
      Split("BAGHDAD, Jan 25 (Reuters) - Iraq and the United States began talks. They ended."),
      (V{"[D] BAGHDAD, Jan 25 (Reuters) -", "Iraq and the United States began talks.",
         "They ended."}));
  EXPECT_EQ(Split("CAPE CANAVERAL, Fla. -- The launch was postponed."),
            (V{"[D] CAPE CANAVERAL, Fla. --", "The launch was postponed."}));
  EXPECT_EQ(Split("KYIV, Ukraine \u2014 Drones struck the city."),
            (V{"[D] KYIV, Ukraine \u2014", "Drones struck the city."}));
  // Not a dateline: an ordinary sentence starting with an acronym.
  EXPECT_EQ(Split("NATO said - again - that it would act."),
            (V{"NATO said - again - that it would act."}));
}

TEST(SentenceSplitterTest, AllCapsWireText) {
  EXPECT_EQ(Split("THE U.S. ENVOY MET GEN. ALI. THE TALKS WENT WELL. U.S. TROOPS STAYED."),
            (V{"THE U.S. ENVOY MET GEN. ALI.", "THE TALKS WENT WELL.", "U.S. TROOPS STAYED."}));
}

TEST(SentenceSplitterTest, Enumerations) {
  EXPECT_EQ(Split("1. What was the Anfal? It was a campaign. 2. Who is on trial?"),
            (V{"1. What was the Anfal?", "It was a campaign.", "2. Who is on trial?"}));
}

TEST(SentenceSplitterTest, TokenLimitCutsLongSentences) {
  std::string text;
  for (int i = 0; i < 25; ++i) text += "word ";
  text += "end.";
  V parts = Split(text, 10);
  ASSERT_EQ(parts.size(), 3u);
}

}  // namespace
}  // namespace dyad
