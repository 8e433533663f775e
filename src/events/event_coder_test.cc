#include "events/event_coder.h"

#include <gtest/gtest.h>

#include "testing/mini_dictionary.h"

namespace dyad {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    coder_ = testing::MiniCoder();
    ASSERT_NE(coder_, nullptr);
  }

  // "SRC>TGT:CODE" per event, with "!" for negated, "~modality", "@speaker".
  std::vector<std::string> Code(const std::string& text) {
    RawArticle article;
    article.content = text;
    article.date = "2024-01-25";
    doc_ = BuildDocument(std::move(article), Limits());
    coded_ = coder_->Code(doc_);
    std::vector<std::string> out;
    for (const Event& ev : coded_.events) {
      std::string s = Side(ev.source) + ">" + Side(ev.target) + ":" + ev.cameo->code;
      if (ev.negated) s += "!";
      if (!ev.modality.empty()) s += "~" + ev.modality;
      if (ev.attribution >= 0) s += "@" + coded_.mentions[ev.attribution].code;
      out.push_back(s);
    }
    return out;
  }

  std::string Side(const EventArgument& a) {
    if (a.mention >= 0) return coded_.mentions[a.mention].code;
    if (a.present()) {
      return "\"" +
             std::string(
                 doc_.Text(doc_.tokens[a.first_token].begin, doc_.tokens[a.last_token - 1].end)) +
             "\"";
    }
    return "-";
  }

  std::shared_ptr<const EventCoder> coder_;
  Document doc_;
  CodedArticle coded_;
};

using V = std::vector<std::string>;

TEST_F(EventCoderTest, ActiveVerbWithTargetAndMostSpecificPattern) {
  EXPECT_EQ(Code("Iran attacked Iraq."), (V{"IRN>IRQ:190"}));
  EXPECT_EQ(Code("Israel struck Yemen with drones on Monday."), (V{"ISR>YEM:195"}));
  EXPECT_EQ(Code("Houthi rebels attacked two ships."), (V{"YEMREBHTI>\"two ships\":190"}));
}

TEST_F(EventCoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Iraq was attacked by Iran."), (V{"IRN>IRQ:190"}));
  EXPECT_EQ(Code("Iraq was attacked by Iran with drones."), (V{"IRN>IRQ:195"}));
  EXPECT_TRUE(coded_.events[0].passive);
}

TEST_F(EventCoderTest, NegationAndRefusal) {
  EXPECT_EQ(Code("Iran did not attack Iraq."), (V{}));
  EXPECT_EQ(Code("Iraq refused to meet Iran."), (V{"IRQ>IRN:125!~refusal"}));
}

TEST_F(EventCoderTest, ModalityMapsToIntentAndThreatCodes) {
  EXPECT_EQ(Code("Iran threatened to attack Iraq."), (V{"IRN>IRQ:1384~threat"}));
  EXPECT_EQ(Code("Iraq plans to meet Iran."), (V{"IRQ>IRN:036~intent"}));
  EXPECT_EQ(Code("Iraq will meet Iran."), (V{"IRQ>IRN:040~future"}));
}

TEST_F(EventCoderTest, ReportedSpeechKeepsTheSpeakerAsAttribution) {
  EXPECT_EQ(Code("Iraq said Iran attacked Israel."), (V{"IRN>ISR:190@IRQ"}));
  EXPECT_EQ(Code("Iran attacked Israel, Iraq said."), (V{"IRN>ISR:190@IRQ"}));
  EXPECT_EQ(Code("Iraq said on Monday."), (V{"IRQ>-:010"}));
}

TEST_F(EventCoderTest, CompoundActorsAndGoverningVerbs) {
  EXPECT_EQ(Code("Washington and Baghdad agreed to talk."),
            (V{"USAGOV>IRQGOV:036", "IRQGOV>USAGOV:036"}));
}

TEST_F(EventCoderTest, NominalEvents) {
  EXPECT_EQ(Code("Houthi rebel attacks on Israel continued."), (V{"YEMREBHTI>ISR:190"}));
  EXPECT_EQ(Code("Iran held talks with Iraq."), (V{"IRN>IRQ:046"}));
  EXPECT_EQ(Code("Attacks by Iranian militias worried Iraq."), (V{"IRNREB>-:190"}));
}

TEST_F(EventCoderTest, ReducedPassiveAndFrontedAddressee) {
  EXPECT_EQ(
      Code("In a letter delivered by American ambassador Fuad Hussein to Iraqi Foreign Minister "
           "Fuad Hussein, the US expressed readiness to commence talks."),
      (V{"USA>IRQGOV:036"}));
}

TEST_F(EventCoderTest, ReferencesResolveToEarlierActors) {
  EXPECT_EQ(Code("Iran spoke first. It attacked Iraq."), (V{"IRN>IRQ:190"}));
  EXPECT_TRUE(coded_.events[0].source.reference);
  EXPECT_EQ(Code("Iraq and Iran met. Both nations agreed to talk."),
            (V{"IRQ>IRN:040", "IRN>IRQ:040", "IRN>IRQ:036", "IRQ>IRN:036"}));
}

TEST_F(EventCoderTest, StopPatternsAndYield) {
  EXPECT_EQ(Code("The US dropped preconditions for talks."), (V{"USA>-:080"}));
  EXPECT_EQ(Code("The US dropped the subject."), (V{}));
}

TEST_F(EventCoderTest, MapModalityFollowsTheCodebook) {
  EXPECT_EQ(EventCoder::MapModality("057", "", true), "127");
  EXPECT_EQ(EventCoder::MapModality("0871", "intent", false), "0356");
  EXPECT_EQ(EventCoder::MapModality("192", "threat", false), "1382");
  EXPECT_EQ(EventCoder::MapModality("190", "", true), "");
  EXPECT_EQ(EventCoder::MapModality("190", "future", false), "190");
}

}  // namespace
}  // namespace dyad
