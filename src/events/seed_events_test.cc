// Golden event test on the seed article, ../shared/corpus/seed/us-iraq-coalition-talks.txt,
// with the shipped dictionaries (the events issue's acceptance test).
#include <gtest/gtest.h>

#include "events/event_coder.h"
#include "testing/dictionary.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

std::shared_ptr<const EventCoder> ShippedCoder(std::string* error) {
  auto actors = testing::ShippedDictionary(error);
  if (actors == nullptr) return nullptr;
  std::vector<DictDiagnostic> diagnostics;
  auto cameo = CameoTable::Load(testing::SourceDir() + "/dict/cameo", &diagnostics);
  if (!cameo.ok()) {
    *error = cameo.status().ToString();
    return nullptr;
  }
  auto table = std::make_shared<const CameoTable>(std::move(cameo).value());
  auto events = EventDictionary::Load(testing::SourceDir() + "/dict/events", *table, &diagnostics);
  if (!events.ok()) {
    *error = events.status().ToString();
    return nullptr;
  }
  for (const DictDiagnostic& d : diagnostics) {
    if (d.error) *error += d.ToString() + "\n";
  }
  return std::make_shared<const EventCoder>(actors, table, std::move(events).value());
}

TEST(SeedEventsTest, TheSeedArticlesEvents) {
  std::string path = testing::SharedPath("corpus/seed/us-iraq-coalition-talks.txt");
  if (path.empty()) GTEST_SKIP() << "../shared/corpus/seed absent: seed event test skipped";
  std::string error;
  auto coder = ShippedCoder(&error);
  ASSERT_NE(coder, nullptr) << error;
  EXPECT_TRUE(error.empty()) << error;
  RawArticle article;
  article.content = testing::ReadFileOrEmpty(path);
  Document doc = BuildDocument(std::move(article), Limits());
  CodedArticle coded = coder->Code(doc);

  auto code_of = [&](const EventArgument& a) -> std::string {
    return a.mention >= 0 ? coded.mentions[static_cast<std::size_t>(a.mention)].code : "";
  };
  auto text_of = [&](const EventArgument& a) -> std::string {
    if (!a.present()) return "";
    return std::string(doc.Text(doc.tokens[a.first_token].begin, doc.tokens[a.last_token - 1].end));
  };
  auto any = [&](auto predicate) {
    for (const Event& ev : coded.events) {
      if (predicate(ev)) return true;
    }
    return false;
  };
  auto root = [](const Event& ev) { return ev.cameo->code.substr(0, 2); };

  // USA (GOV) -> IRQ (GOV): intent to meet or negotiate for the planned talks.
  EXPECT_TRUE(any([&](const Event& ev) {
    return code_of(ev.source) == "USAGOV" && code_of(ev.target) == "IRQGOV" &&
           (root(ev) == "03" || root(ev) == "04");
  }));
  // The letter: the US (or its ambassador) -> Iraqi Foreign Minister Fuad Hussein.
  EXPECT_TRUE(any([&](const Event& ev) {
    std::string s = code_of(ev.source);
    return (s == "USA" || s == "USADIP") && code_of(ev.target) == "IRQGOV" &&
           text_of(ev.target).find("Fuad Hussein") != std::string::npos &&
           (root(ev) == "03" || root(ev) == "04");
  }));
  // The US drops its preconditions: yield (08x) or intent to yield (035x).
  EXPECT_TRUE(any([&](const Event& ev) {
    return code_of(ev.source) == "USA" &&
           (root(ev) == "08" || ev.cameo->code.substr(0, 3) == "035");
  }));
  // The US asserts its right to self-defence: a statement (01x).
  EXPECT_TRUE(any([&](const Event& ev) {
    return code_of(ev.source) == "USA" && root(ev) == "01" &&
           doc.Text(doc.tokens[ev.trigger_first]) == "asserts";
  }));
  // Houthi rebels attacking Red Sea shipping: 18x or 19x with the Houthis as source.
  EXPECT_TRUE(any([&](const Event& ev) {
    return code_of(ev.source).rfind("YEM", 0) == 0 &&
           coded.mentions[static_cast<std::size_t>(ev.source.mention)].organisation == "HTI" &&
           (root(ev) == "18" || root(ev) == "19");
  }));
  for (const Event& ev : coded.events) {
    // Nothing from the READ ALSO lines or headings.
    EXPECT_EQ(doc.sentences[ev.sentence].kind, TextKind::kBody);
    // Every actor is in the article: it is a mention of this document.
    EXPECT_GE(ev.source.mention, 0);
  }
}

}  // namespace
}  // namespace dyad
