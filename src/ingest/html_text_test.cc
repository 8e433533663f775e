#include "ingest/html_text.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

SourceBlock Decode(std::string_view html, bool markup_possible = true) {
  SpanTextBuilder builder;
  DecodeHtmlText(html, 0, html.size(), markup_possible, &builder);
  return builder.Take(BlockHint::kParagraph);
}

TEST(HtmlTextTest, CollapsesAndTrimsWhiteSpace) {
  SourceBlock b = Decode(" \n a \t\r\n b&nbsp;\xC2\xA0 c\xE2\x80\x89 ");
  EXPECT_EQ(b.text, "a b c");
  ASSERT_EQ(b.origin.size(), 5u);
  EXPECT_EQ(b.origin[1], 4u);  // the run " \t\r\n "
  EXPECT_EQ(b.origin_end[1], 9u);
  EXPECT_EQ(b.origin[3], 10u);  // "&nbsp;\xC2\xA0 " is one run
  EXPECT_EQ(b.origin_end[3], 19u);
  EXPECT_EQ(b.hint, BlockHint::kParagraph);
}

TEST(HtmlTextTest, SpansOfReferencesAndCopiedBytes) {
  SourceBlock b = Decode("x&eacute;y\xC3\xA9");
  EXPECT_EQ(b.text, "x\xC3\xA9y\xC3\xA9");
  EXPECT_EQ(b.origin, (std::vector<uint32_t>{0, 1, 1, 9, 10, 11}));
  EXPECT_EQ(b.origin_end, (std::vector<uint32_t>{1, 9, 9, 10, 11, 12}));
}

TEST(HtmlTextTest, ReferencesStopAtTheSpanEnd) {
  SpanTextBuilder builder;
  DecodeHtmlText("a&amp;b", 0, 4, true, &builder);  // the span is "a&am"
  EXPECT_EQ(builder.Take(BlockHint::kUnknown).text, "a&am");
}

TEST(HtmlTextTest, SkipsMarkupUnlessRawText) {
  EXPECT_EQ(Decode("a</span>b<!-- c -->d<3").text, "abd<3");
  EXPECT_EQ(Decode("a<e").text, "a");  // a tag cut off by the end, as the tokenizer drops it
  EXPECT_EQ(Decode("a</span>b", false).text, "a</span>b");
  EXPECT_EQ(Decode("a < b").text, "a < b");
}

TEST(HtmlTextTest, InvalidBytesAndControls) {
  SourceBlock b =
      Decode(std::string("a\x80\x01\x7F"
                         "b\xE2\x82",
                         7));
  EXPECT_EQ(b.text, "a\xEF\xBF\xBD b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(b.origin[1], 1u);  // U+FFFD from byte 1
  EXPECT_EQ(b.origin_end[1], 2u);
}

TEST(HtmlTextTest, CollapseWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  a \n\t b  "), "a b");
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace(" \r\n"), "");
}

}  // namespace
}  // namespace dyad
