#include "ingest/html_nesting.h"

#include <gtest/gtest.h>
#include <gumbo.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace dyad {
namespace {

constexpr std::size_t kNoStop = std::size_t{1} << 40;

std::size_t Depth(std::string_view html) {
  return EstimateHtmlNesting(html, kNoStop, kNoStop).max_depth;
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The deepest element nesting in gumbo's tree (<html> is 1), walked without recursion.
std::size_t GumboDepth(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{output->root, 1}};
  std::size_t deepest = 0;
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    deepest = std::max(deepest, depth);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), depth + 1});
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return deepest;
}

TEST(HtmlNestingTest, FlatPagesAreShallow) {
  EXPECT_EQ(Depth(""), 2u);  // the implied <html> and <body>
  EXPECT_EQ(Depth("<p>a</p><p>b</p>"), 3u);
  EXPECT_EQ(Depth(Repeat("<div><p>x</p></div>", 1000)), 4u);
}

TEST(HtmlNestingTest, CountsOpenElements) {
  EXPECT_EQ(Depth(Repeat("<div>", 100)), 102u);
  EXPECT_EQ(Depth(Repeat("<div>", 100) + Repeat("</div>", 100) + "<div>"), 102u);
}

TEST(HtmlNestingTest, VoidElementsAndImpliedEndTags) {
  EXPECT_EQ(Depth(Repeat("<br><img src=x><meta><hr><input><link>", 100)), 2u);
  EXPECT_EQ(Depth(Repeat("<p>para", 1000)), 3u);
  EXPECT_EQ(Depth("<ul>" + Repeat("<li>item", 1000)), 4u);
  EXPECT_EQ(Depth("<dl>" + Repeat("<dt>a<dd>b", 1000)), 4u);
  EXPECT_EQ(Depth("<table>" + Repeat("<tr><td>a<td>b", 1000)), 6u);
}

TEST(HtmlNestingTest, SelfClosingOnlyInForeignContent) {
  EXPECT_EQ(Depth(Repeat("<div/>", 100)), 102u);  // HTML ignores "/>"
  EXPECT_EQ(Depth("<svg>" + Repeat("<path/>", 100) + "</svg>"), 3u);
  // Inside <foreignObject> the content is HTML again.
  EXPECT_EQ(Depth("<svg><foreignObject>" + Repeat("<x/>", 100)), 104u);
  // A breakout tag leaves SVG, so "/>" stops counting there too.
  EXPECT_EQ(Depth("<svg><div>" + Repeat("<x/>", 100)), 103u);
}

TEST(HtmlNestingTest, TokenizerDetails) {
  EXPECT_EQ(Depth("<!-- <div><div> -->"), 2u);
  EXPECT_EQ(Depth("<!--><div>"), 3u);  // "<!-->" is a complete comment
  EXPECT_EQ(Depth("<script>" + Repeat("<div>", 100) + "</script>"), 3u);
  EXPECT_EQ(Depth("<textarea>" + Repeat("<div>", 100) + "</textarea >"), 3u);
  EXPECT_EQ(Depth("<a title='<div>'>x</a>"), 3u);
  // An unquoted value with a quote in it does not hide the tags after it.
  EXPECT_EQ(Depth("<div a=b\">" + Repeat("<div>", 100)), 103u);
  EXPECT_EQ(Depth("<div =\">" + Repeat("<div>", 100)), 103u);
  EXPECT_EQ(Depth("<plaintext>" + Repeat("<div>", 100)), 3u);
}

TEST(HtmlNestingTest, EndTagsOutOfScopeAreIgnored) {
  // "</span>" cannot close a <span> across a <div>.
  EXPECT_EQ(Depth(Repeat("<span><div></span>", 100)), 202u);
  EXPECT_EQ(Depth(Repeat("<div><span></div>", 100)), 4u);
  // Unknown elements close by type, as gumbo does: "</x-a>" closes the <x-b>.
  std::string unknown = Repeat("<x-a><x-b></x-a>", 100);
  EXPECT_EQ(Depth(unknown), 103u);
  EXPECT_EQ(GumboDepth(unknown), 103u);
}

TEST(HtmlNestingTest, ReconstructedFormattingElements) {
  // Each paragraph re-creates the <b> left open across the previous one's end.
  std::string html = "<div>" + Repeat("<b id=1>", 1) + "</div>" + Repeat("<p>x</p>", 5);
  EXPECT_EQ(Depth(html), 4u);
  // Distinct attributes defeat the three-of-a-kind rule: every text run clones them all.
  std::string amplify = "<div>";
  for (int i = 0; i < 50; ++i) amplify += "<b id=" + std::to_string(i) + ">";
  amplify += "</div>" + Repeat("<p>x</p>", 100);
  NestingEstimate estimate = EstimateHtmlNesting(amplify, kNoStop, kNoStop);
  EXPECT_GE(estimate.elements, 5000u);
}

TEST(HtmlNestingTest, StopsEarly) {
  NestingEstimate estimate = EstimateHtmlNesting(Repeat("<div>", 100000), 1000, kNoStop);
  EXPECT_TRUE(estimate.stopped);
  EXPECT_EQ(estimate.max_depth, 1001u);
  estimate = EstimateHtmlNesting(Repeat("<div></div>", 1000), kNoStop, 100);
  EXPECT_TRUE(estimate.stopped);
  EXPECT_EQ(estimate.elements, 101u);
}

TEST(HtmlNestingTest, FlagsTheConstructThatCrashesGumbo) {
  EXPECT_TRUE(EstimateHtmlNesting("<table> <svg><select><foreignObject> <select> <table> ", kNoStop,
                                  kNoStop)
                  .gumbo_hazard);
  EXPECT_TRUE(EstimateHtmlNesting("<math><select>", kNoStop, kNoStop).gumbo_hazard);
  EXPECT_FALSE(
      EstimateHtmlNesting("<svg></svg><select><option>a</select>", kNoStop, kNoStop).gumbo_hazard);
}

// Differential test: on random tag soup built from constructs that change depth, the estimate
// never falls much below gumbo's real depth.
TEST(HtmlNestingTest, EstimateKeepsUpWithGumbo) {
  const char* kTokens[] = {"<div>",       "</div>",
                           "<span>",      "</span>",
                           "<b>",         "</b>",
                           "<b a=1>",     "<b a=2>",
                           "<i>",         "</i>",
                           "<p>",         "</p>",
                           "<li>",        "<ul>",
                           "</ul>",       "<svg>",
                           "</svg>",      "<foreignObject>",
                           "<g>",         "</g>",
                           "<x/>",        "<div/>",
                           "<table>",     "</table>",
                           "<td>",        "<tr>",
                           "</td>",       "x",
                           " ",           "<a>",
                           "</a>",        "<font color=1>",
                           "<font>",      "<math>",
                           "<mi>",        "<annotation-xml encoding=text/html>",
                           "<style>",     "</style>",
                           "<script>",    "</script>",
                           "<!-->",       "<!--",
                           "-->",         "<textarea>",
                           "<title>",     "<h1>",
                           "<h2>",        "</h1>",
                           "<nobr>",      "<button>",
                           "<select>",    "<option>",
                           "<dd>",        "<dt>",
                           "<custom-a>",  "</custom-a>",
                           "<br/>",       "</br>",
                           "<em>",        "<template>",
                           "</template>", "<caption>",
                           "<object>",    "</object>",
                           "<u>",         "<s>",
                           "<desc>",      "<mtext>",
                           "<path/>",     "<![CDATA[",
                           "]]>",         "<a href='>'>",
                           "<div a=\"x>"};
  const int kCount = static_cast<int>(std::size(kTokens));
  std::mt19937 rng(20240305);
  int compared = 0;
  for (int doc = 0; doc < 600; ++doc) {
    std::vector<int> subset;
    for (int k = 3 + static_cast<int>(rng() % 8); k > 0; --k) subset.push_back(rng() % kCount);
    std::string html;
    for (int n = 50 + static_cast<int>(rng() % 400); n > 0; --n) {
      html += kTokens[subset[rng() % subset.size()]];
    }
    NestingEstimate estimate = EstimateHtmlNesting(html, kNoStop, kNoStop);
    if (estimate.gumbo_hazard) continue;  // gumbo would abort
    std::size_t real = GumboDepth(html);
    ASSERT_LE(real, estimate.max_depth * 5 / 4 + 4) << html;
    ++compared;
  }
  EXPECT_GT(compared, 500);
}

}  // namespace
}  // namespace dyad
