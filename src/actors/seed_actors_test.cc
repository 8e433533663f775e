// Golden actor test on the seed article, ../shared/corpus/seed/us-iraq-coalition-talks.txt,
// with the shipped dictionaries.
#include <gtest/gtest.h>

#include "actors/actor_recognizer.h"
#include "testing/dictionary.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

struct Expected {
  const char* text;  // the mention's text contains this
  const char* code;
  const char* sponsor;
};

TEST(SeedActorsTest, AllActorsOfTheSeedArticle) {
  std::string path = testing::SharedPath("corpus/seed/us-iraq-coalition-talks.txt");
  if (path.empty()) GTEST_SKIP() << "../shared/corpus/seed absent: seed actor test skipped";
  std::string error;
  auto dict = testing::ShippedDictionary(&error);
  ASSERT_NE(dict, nullptr) << error;
  RawArticle article;
  article.content = testing::ReadFileOrEmpty(path);
  Document doc = BuildDocument(std::move(article), Limits());
  std::vector<ActorMention> mentions = ActorRecognizer(dict).Recognize(doc);
  std::vector<std::pair<std::string, const ActorMention*>> found;
  for (const ActorMention& m : mentions) {
    found.emplace_back(std::string(doc.Text(m.text_begin, m.text_end)), &m);
  }
  const Expected kExpected[] = {
      {"Washington", "USAGOV", ""},
      {"Baghdad", "IRQGOV", ""},
      {"US troops", "USAMIL", ""},
      {"US", "USA", ""},
      {"Iraq", "IRQ", ""},
      {"Iran-backed Iraqi militia groups", "IRQREB", "IRN"},
      {"Alina Romanowski", "USADIP", ""},
      {"Fuad Hussein", "IRQGOV", ""},
      {"Mohammed Shia Al Sudani", "IRQGOV", ""},
      {"anti-ISIS coalition", "USAMIL", ""},
      {"Israel", "ISR", ""},
      {"Gaza", "PSE", ""},
      {"Houthi rebel", "YEMREBHTI", "IRN"},
      {"US official", "USAGOV", ""},
  };
  for (const Expected& e : kExpected) {
    bool ok = false;
    for (const auto& [text, m] : found) {
      if (text.find(e.text) != std::string::npos && m->code == e.code && m->sponsor == e.sponsor) {
        ok = true;
        break;
      }
    }
    EXPECT_TRUE(ok) << "missing " << e.text << " = " << e.code;
  }
  // Nothing comes from the READ ALSO lines or the headings.
  for (const ActorMention& m : mentions) {
    EXPECT_EQ(doc.sentences[m.sentence].kind, TextKind::kBody);
  }
  // "the US" is the country, and never the pronoun "us".
  for (const auto& [text, m] : found) EXPECT_NE(text, "us");
}

}  // namespace
}  // namespace dyad
