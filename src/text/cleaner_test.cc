#include "text/cleaner.h"

#include <gtest/gtest.h>

#include "testing/shared_data.h"
#include "text/document.h"

namespace dyad {
namespace {

RawArticle TextArticle(std::string content) {
  RawArticle article;
  article.content = std::move(content);
  article.format = InputFormat::kText;
  return article;
}

std::vector<std::pair<TextKind, std::string>> Paragraphs(const CleanText& clean) {
  std::vector<std::pair<TextKind, std::string>> out;
  for (const Paragraph& p : clean.paragraphs) {
    out.emplace_back(p.kind, clean.text.text.substr(p.begin, p.end - p.begin));
  }
  return out;
}

TEST(CleanerTest, TitleLineFollowedByBlankLine) {
  CleanText clean =
      CleanArticle(TextArticle("Iraq and US open talks\n\nBAGHDAD — Officials met on "
                               "Monday.\n\nThey agreed to meet again.\n"));
  auto p = Paragraphs(clean);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].first, TextKind::kTitle);
  EXPECT_EQ(p[0].second, "Iraq and US open talks");
  EXPECT_EQ(p[1].first, TextKind::kBody);
  EXPECT_EQ(p[2].first, TextKind::kBody);
}

TEST(CleanerTest, NoTitleWithoutBlankLine) {
  CleanText clean = CleanArticle(TextArticle("Officials met on Monday.\nThey agreed.\n"));
  auto p = Paragraphs(clean);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].first, TextKind::kBody);
}

TEST(CleanerTest, HeadingsAndBoilerplate) {
  CleanText clean = CleanArticle(
      TextArticle("Officials met on Monday.\nA New Phase in Talks\nThey agreed to meet again.\n"
                  "Advertisement\nREAD ALSO: Ten things about ships\nShare this article\n"
                  "Facebook Twitter WhatsApp\nThe talks ended.\n"));
  auto p = Paragraphs(clean);
  ASSERT_EQ(p.size(), 8u);
  EXPECT_EQ(p[1].first, TextKind::kHeading);
  EXPECT_EQ(p[3].first, TextKind::kBoilerplate);
  EXPECT_EQ(p[4].first, TextKind::kBoilerplate);
  EXPECT_EQ(p[5].first, TextKind::kBoilerplate);
  EXPECT_EQ(p[6].first, TextKind::kBoilerplate);
  EXPECT_EQ(p[7].first, TextKind::kBody);
}

TEST(CleanerTest, JoinsLinesBrokenMidSentence) {
  CleanText clean = CleanArticle(TextArticle("The minister said the\ntalks would resume.\n"));
  auto p = Paragraphs(clean);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].second, "The minister said the talks would resume.");
  // The joining space maps to the newline's neighbourhood, inside the input.
  EXPECT_EQ(clean.text.ToInput(p.size() == 1 ? 0 : 0, static_cast<uint32_t>(p[0].second.size())),
            (Span{0, 41}));
}

TEST(CleanerTest, SeparateTitleFieldComesFirst) {
  RawArticle article;
  article.format = InputFormat::kJsonl;
  article.title = "Talks open";
  article.content = "Officials met.";
  CleanText clean = CleanArticle(article);
  ASSERT_EQ(clean.paragraphs.size(), 2u);
  EXPECT_EQ(clean.paragraphs[0].kind, TextKind::kTitle);
  EXPECT_TRUE(clean.paragraphs[0].in_title_field);
  EXPECT_FALSE(clean.paragraphs[1].in_title_field);
  EXPECT_EQ(clean.text.ToInput(clean.paragraphs[1].begin, clean.paragraphs[1].end), (Span{0, 14}));
}

// The seed article: no title line (its first line is a paragraph), two section headings,
// twelve body sentences, two READ ALSO lines, and mojibake ("Â ") that must not survive.
TEST(CleanerTest, SeedArticle) {
  std::string path = testing::SharedPath("corpus/seed/us-iraq-coalition-talks.txt");
  if (path.empty()) GTEST_SKIP() << "../shared/corpus/seed absent: seed test skipped";
  RawArticle article = TextArticle(testing::ReadFileOrEmpty(path));
  std::string original = article.content;
  Document doc = BuildDocument(std::move(article), Limits());
  std::vector<std::string> headings, body, boilerplate;
  for (const Sentence& s : doc.sentences) {
    std::string text(doc.Text(s));
    if (s.kind == TextKind::kHeading) headings.push_back(text);
    if (s.kind == TextKind::kBody) body.push_back(text);
    if (s.kind == TextKind::kBoilerplate) boilerplate.push_back(text);
    EXPECT_NE(s.kind, TextKind::kTitle);
    // Spans point at the same words in the original bytes.
    Span span = doc.InputSpan(s);
    std::string_view in_original = std::string_view(original).substr(span.begin, span.size());
    EXPECT_EQ(in_original.substr(0, 10), text.substr(0, 10));
    EXPECT_EQ(text.find("\u00C2"), std::string::npos) << text;
  }
  EXPECT_EQ(headings, (std::vector<std::string>{"Easing Preconditions for Dialogue",
                                                "Regional Context and Security Challenges"}));
  ASSERT_EQ(body.size(), 12u);
  EXPECT_EQ(body[0].substr(0, 31), "Washington and Baghdad are gear");
  EXPECT_EQ(body[4].substr(0, 38), "In a letter delivered by American amba");
  EXPECT_EQ(body[11].substr(0, 27), "The US asserts its right to");
  ASSERT_EQ(boilerplate.size(), 2u);
  EXPECT_EQ(boilerplate[0].substr(0, 10), "READ ALSO:");
  EXPECT_EQ(boilerplate[1],
            "READ ALSO: Houthi Militants Claim Attack On US Cargo Ship, Escalating "
            "Tensions In The Gulf Of Aden");
  EXPECT_EQ(doc.clean.text.text.find("\u00C2"), std::string::npos);
  EXPECT_EQ(doc.clean.stats.mojibake, 1u);
}

}  // namespace
}  // namespace dyad
