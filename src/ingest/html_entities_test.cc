#include "ingest/html_entities.h"

#include "base/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

// Decodes the reference at the start of `text`; returns "<none>" when there is none.
std::string Decode(std::string_view text, std::size_t* consumed = nullptr) {
  std::string out;
  std::size_t n = 0;
  if (!DecodeHtmlEntity(text, 0, &out, &n)) return "<none>";
  if (consumed != nullptr) *consumed = n;
  return out;
}

TEST(HtmlEntitiesTest, DecodesCommonNames) {
  EXPECT_EQ(Decode("&amp;"), "&");
  EXPECT_EQ(Decode("&lt;"), "<");
  EXPECT_EQ(Decode("&gt;"), ">");
  EXPECT_EQ(Decode("&quot;"), "\"");
  EXPECT_EQ(Decode("&apos;"), "'");
  EXPECT_EQ(Decode("&nbsp;"), "\xC2\xA0");
  EXPECT_EQ(Decode("&mdash;"), "\xE2\x80\x94");
  EXPECT_EQ(Decode("&ndash;"), "\xE2\x80\x93");
  EXPECT_EQ(Decode("&ldquo;"), "\xE2\x80\x9C");
  EXPECT_EQ(Decode("&rsquo;"), "\xE2\x80\x99");
  EXPECT_EQ(Decode("&hellip;"), "\xE2\x80\xA6");
  EXPECT_EQ(Decode("&euro;"), "\xE2\x82\xAC");
  EXPECT_EQ(Decode("&eacute;"), "\xC3\xA9");
  EXPECT_EQ(Decode("&Eacute;"), "\xC3\x89");
  EXPECT_EQ(Decode("&szlig;"), "\xC3\x9F");
  EXPECT_EQ(Decode("&uuml;"), "\xC3\xBC");
  EXPECT_EQ(Decode("&scaron;"), "\xC5\xA1");
  EXPECT_EQ(Decode("&lstrok;"), "\xC5\x82");
  EXPECT_EQ(Decode("&trade;"), "\xE2\x84\xA2");
}

TEST(HtmlEntitiesTest, ReportsConsumedBytes) {
  std::size_t consumed = 0;
  EXPECT_EQ(Decode("&amp;rest", &consumed), "&");
  EXPECT_EQ(consumed, 5u);
  EXPECT_EQ(Decode("&#8212;x", &consumed), "\xE2\x80\x94");
  EXPECT_EQ(consumed, 7u);
  EXPECT_EQ(Decode("&#x2014;", &consumed), "\xE2\x80\x94");
  EXPECT_EQ(consumed, 8u);
}

TEST(HtmlEntitiesTest, DecodesAtAnOffset) {
  std::string out;
  std::size_t consumed = 0;
  ASSERT_TRUE(DecodeHtmlEntity("a &lt; b", 2, &out, &consumed));
  EXPECT_EQ(out, "<");
  EXPECT_EQ(consumed, 4u);
  EXPECT_FALSE(DecodeHtmlEntity("a &lt; b", 0, &out, &consumed));  // not at '&'
}

TEST(HtmlEntitiesTest, NamesAreCaseSensitive) {
  EXPECT_EQ(Decode("&AMP;"), "<none>");
  EXPECT_EQ(Decode("&Mdash;"), "<none>");
}

TEST(HtmlEntitiesTest, UnknownAndMalformedReferencesAreNotDecoded) {
  EXPECT_EQ(Decode("&bogus;"), "<none>");
  EXPECT_EQ(Decode("&"), "<none>");
  EXPECT_EQ(Decode("& amp;"), "<none>");
  EXPECT_EQ(Decode("&#;"), "<none>");
  EXPECT_EQ(Decode("&#x;"), "<none>");
  EXPECT_EQ(Decode("&#xg;"), "<none>");
  EXPECT_EQ(Decode("&averyveryverylongname;"), "<none>");
  EXPECT_EQ(Decode("&T;"), "<none>");  // AT&T;
}

TEST(HtmlEntitiesTest, LegacyNamesWithoutSemicolon) {
  std::size_t consumed = 0;
  EXPECT_EQ(Decode("&amp rest", &consumed), "&");
  EXPECT_EQ(consumed, 4u);
  EXPECT_EQ(Decode("&copy 2024"), "\xC2\xA9");
  EXPECT_EQ(Decode("&nbsp"), "\xC2\xA0");
  // Not when the name runs on into a word, and not for other names.
  EXPECT_EQ(Decode("&ampersand"), "<none>");
  EXPECT_EQ(Decode("&copy2024"), "<none>");
  EXPECT_EQ(Decode("&mdash "), "<none>");
}

TEST(HtmlEntitiesTest, NumericReferences) {
  EXPECT_EQ(Decode("&#65;"), "A");
  EXPECT_EQ(Decode("&#x41;"), "A");
  EXPECT_EQ(Decode("&#X41;"), "A");
  EXPECT_EQ(Decode("&#233;"), "\xC3\xA9");
  EXPECT_EQ(Decode("&#x1F600;"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(Decode("&#0065;"), "A");
  std::size_t consumed = 0;
  EXPECT_EQ(Decode("&#65x", &consumed), "A");  // ';' may be missing
  EXPECT_EQ(consumed, 4u);
}

TEST(HtmlEntitiesTest, InvalidCodePointsBecomeReplacementCharacter) {
  const std::string kFffd = "\xEF\xBF\xBD";
  EXPECT_EQ(Decode("&#0;"), kFffd);
  EXPECT_EQ(Decode("&#xD800;"), kFffd);
  EXPECT_EQ(Decode("&#xDFFF;"), kFffd);
  EXPECT_EQ(Decode("&#x110000;"), kFffd);
  EXPECT_EQ(Decode("&#99999999999999999999999;"), kFffd);
  EXPECT_EQ(Decode("&#x10FFFF;"), "\xF4\x8F\xBF\xBF");
}

TEST(HtmlEntitiesTest, Windows1252Range) {
  EXPECT_EQ(Decode("&#150;"), "\xE2\x80\x93");  // en dash
  EXPECT_EQ(Decode("&#147;"), "\xE2\x80\x9C");  // left double quote
  EXPECT_EQ(Decode("&#128;"), "\xE2\x82\xAC");  // euro
  EXPECT_EQ(Decode("&#x81;"), "\xC2\x81");      // unassigned in windows-1252: kept
}

TEST(HtmlEntitiesTest, NeverReadsPastTheView) {
  std::string text = "&amp;";
  std::string out;
  std::size_t consumed = 0;
  // A view that ends before the ';' holds only the legacy form.
  ASSERT_TRUE(DecodeHtmlEntity(std::string_view(text).substr(0, 4), 0, &out, &consumed));
  EXPECT_EQ(consumed, 4u);
  out.clear();
  EXPECT_FALSE(DecodeHtmlEntity(std::string_view(text).substr(0, 1), 0, &out, &consumed));
  EXPECT_FALSE(DecodeHtmlEntity(text, 5, &out, &consumed));
}

TEST(HtmlEntitiesTest, AppendUtf8) {
  std::string out;
  AppendUtf8(0x41, &out);
  AppendUtf8(0xE9, &out);
  AppendUtf8(0x20AC, &out);
  AppendUtf8(0x1F600, &out);
  AppendUtf8(0xD800, &out);
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBD");
}

TEST(HtmlEntitiesTest, DecodeHtmlEntitiesLeavesUnknownOnesLiteral) {
  EXPECT_EQ(DecodeHtmlEntities("Fish &amp; chips &bogus; AT&T &#8212; done"),
            "Fish & chips &bogus; AT&T \xE2\x80\x94 done");
  EXPECT_EQ(DecodeHtmlEntities(""), "");
  EXPECT_EQ(DecodeHtmlEntities("&&&;"), "&&&;");
}

}  // namespace
}  // namespace dyad
