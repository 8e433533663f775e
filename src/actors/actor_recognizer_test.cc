#include "actors/actor_recognizer.h"

#include <gtest/gtest.h>

#include "testing/mini_dictionary.h"

namespace dyad {
namespace {

class RecognizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<DictDiagnostic> diagnostics;
    dict_ = testing::MiniActorDictionary(&diagnostics);
    for (const DictDiagnostic& d : diagnostics) ADD_FAILURE() << d.ToString();
  }

  // "text=CODE" for each mention of `sentence` (a one-sentence article dated `date`).
  std::vector<std::string> Codes(const std::string& sentence, const std::string& date = "") {
    RawArticle article;
    article.content = sentence;
    article.date = date;
    doc_ = BuildDocument(std::move(article), Limits());
    ActorRecognizer recognizer(dict_);
    mentions_ = recognizer.Recognize(doc_);
    std::vector<std::string> out;
    for (const ActorMention& m : mentions_) {
      std::string text(doc_.Text(m.text_begin, m.text_end));
      out.push_back(text + "=" + m.code + (m.place ? "@" : ""));
    }
    return out;
  }

  std::shared_ptr<const ActorDictionary> dict_;
  Document doc_;
  std::vector<ActorMention> mentions_;
};

using V = std::vector<std::string>;

TEST_F(RecognizerTest, CapitalsAsGovernmentsAndAsPlaces) {
  EXPECT_EQ(Codes("Washington and Baghdad are gearing up for discussions."),
            (V{"Washington=USAGOV", "Baghdad=IRQGOV"}));
  EXPECT_EQ(Codes("A blast in Baghdad killed three."), (V{"Baghdad=IRQ@"}));
}

TEST_F(RecognizerTest, RoleCountryNameComposition) {
  EXPECT_EQ(Codes("A letter delivered by American ambassador Alina Romanowski to Iraqi Foreign "
                  "Minister Fuad Hussein arrived.",
                  "2024-01-25"),
            (V{"American ambassador Alina Romanowski=USADIP",
               "Iraqi Foreign Minister Fuad Hussein=IRQGOV"}));
  EXPECT_EQ(Codes("US troops left and a US official said so."),
            (V{"US troops=USAMIL", "US official=USAGOV"}));
  EXPECT_EQ(Codes("Iraq's foreign minister spoke."), (V{"Iraq's foreign minister=IRQGOV"}));
}

TEST_F(RecognizerTest, SponsorshipKeepsTheActorsOwnCountry) {
  EXPECT_EQ(Codes("Attacks by Iran-backed Iraqi militia groups continued."),
            (V{"Iran-backed Iraqi militia groups=IRQREB"}));
  ASSERT_EQ(mentions_.size(), 1u);
  EXPECT_EQ(mentions_[0].sponsor, "IRN");
  EXPECT_EQ(mentions_[0].country, "IRQ");
}

TEST_F(RecognizerTest, ArmedGroupsOrganisationsAndTerritories) {
  EXPECT_EQ(Codes("Houthi rebels attacked ships while UN peacekeepers watched Israel and Gaza."),
            (V{"Houthi rebels=YEMREBHTI", "UN peacekeepers=IGOMILUNO", "Israel=ISR", "Gaza=PSE"}));
  EXPECT_EQ(mentions_[0].sponsor, "IRN");
}

TEST_F(RecognizerTest, AcronymsMatchOnlyInCapitals) {
  EXPECT_EQ(Codes("Let us talk to the US."), (V{"US=USA"}));
}

TEST_F(RecognizerTest, PeopleFollowTheArticleDate) {
  EXPECT_EQ(Codes("Biden spoke.", "2015-03-01"), (V{"Biden=USAGOV"}));
  EXPECT_EQ(Codes("Biden spoke.", "2019-03-01"), (V{"Biden=USAELI"}));
  EXPECT_EQ(Codes("Former ambassador Alina Romanowski spoke.", "2024-01-01"),
            (V{"Former ambassador Alina Romanowski=USAELI"}));
  // Without a date, the latest office.
  EXPECT_EQ(Codes("Fuad Hussein spoke."), (V{"Fuad Hussein=IRQGOV"}));
}

TEST_F(RecognizerTest, TitledPersonResolvedFromContext) {
  EXPECT_EQ(
      Codes("The letter is for Prime Minister Mohammed Shia Al Sudani and authorities in Iraq."),
      (V{"Prime Minister Mohammed Shia Al Sudani=IRQGOV", "Iraq=IRQ@"}));
  EXPECT_EQ(mentions_[0].kind, MentionKind::kTitledPerson);
  EXPECT_TRUE(mentions_[0].resolved_from_context);
  EXPECT_EQ(mentions_[0].name, "Mohammed Shia Al Sudani");
}

TEST_F(RecognizerTest, RolesWithoutCountry) {
  EXPECT_EQ(Codes("Protesters clashed with soldiers."), (V{"Protesters=ACT", "soldiers=MIL"}));
}

TEST_F(RecognizerTest, DictionaryCodeSelection) {
  const ActorDictionary& dict = *dict_;
  ActorDictionary::Match match;
  std::vector<std::string_view> words = {"Joe", "Biden", "spoke"};
  ASSERT_TRUE(dict.LongestMatch(words, 0, 3, &match));
  EXPECT_EQ(match.length, 2u);
  const ActorDictionary::Entry& biden = dict.entry(match.entries[0]);
  EXPECT_EQ(dict.CodeAt(biden, 20220101)->code, "USAGOV");
  EXPECT_EQ(dict.CodeAt(biden, 20180101), nullptr);
}

}  // namespace
}  // namespace dyad
