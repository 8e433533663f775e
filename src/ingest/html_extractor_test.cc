#include "ingest/html_extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ingest/html_entities.h"

namespace dyad {
namespace {

// testdata/ at the repository root, found from this file's path.
std::string ReadTestdata(const std::string& name) {
  std::filesystem::path path =
      std::filesystem::path(__FILE__).parent_path() / "../../testdata/html" / name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string_view HintName(BlockHint hint) {
  switch (hint) {
    case BlockHint::kUnknown:
      return "unknown";
    case BlockHint::kTitle:
      return "title";
    case BlockHint::kHeading:
      return "heading";
    case BlockHint::kParagraph:
      return "paragraph";
    case BlockHint::kBoilerplate:
      return "boilerplate";
  }
  return "?";
}

// "hint<TAB>text" per block, one a line, as in the .expected files.
std::string Describe(const HtmlPage& page) {
  std::string out;
  for (const SourceBlock& b : page.blocks) {
    out += std::string(HintName(b.hint)) + "\t" + b.text + "\n";
  }
  return out;
}

bool IsWhitespaceSource(std::string_view span) {
  if (span.substr(0, 3) == "<br" || span.substr(0, 3) == "<BR" || span.substr(0, 3) == "<hr") {
    return true;
  }
  std::string decoded = DecodeHtmlEntities(span);
  for (std::size_t i = 0; i < decoded.size();) {
    unsigned char c = static_cast<unsigned char>(decoded[i]);
    if (c <= 0x20 || c == 0x7F) {
      ++i;
    } else if (decoded.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
    } else if (decoded.compare(i, 3, "\xEF\xBB\xBF") == 0 ||
               decoded.compare(i, 3, "\xE2\x80\x89") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// Checks that every output byte of `block` maps to the input that produced it: runs of
// bytes sharing one span are a copied byte, a decoded reference, a U+FFFD for an invalid
// byte, or a space for a white space run (or <br>).
void ExpectOriginsExact(std::string_view html, const SourceBlock& block) {
  ASSERT_EQ(block.origin.size(), block.text.size());
  ASSERT_EQ(block.origin_end.size(), block.text.size());
  std::size_t i = 0;
  uint32_t previous = 0;
  while (i < block.text.size()) {
    uint32_t b = block.origin[i], e = block.origin_end[i];
    ASSERT_LT(b, e) << "empty span at byte " << i << " of: " << block.text;
    ASSERT_LE(e, html.size());
    ASSERT_GE(b, previous) << "spans go backwards at byte " << i << " of: " << block.text;
    previous = b;
    std::size_t j = i + 1;
    while (j < block.text.size() && block.origin[j] == b && block.origin_end[j] == e) ++j;
    std::string_view out = std::string_view(block.text).substr(i, j - i);
    std::string_view in = html.substr(b, e - b);
    if (out == " ") {
      EXPECT_TRUE(IsWhitespaceSource(in)) << "space from '" << in << "' in: " << block.text;
    } else if (in.size() == 1 && out.size() == 1) {
      EXPECT_EQ(out, in);
    } else if (out == "\xEF\xBF\xBD" && in.size() == 1) {
      EXPECT_GE(static_cast<unsigned char>(in[0]), 0x80);  // an invalid UTF-8 byte
    } else {
      EXPECT_EQ(in[0], '&') << "'" << out << "' from '" << in << "'";
      EXPECT_EQ(DecodeHtmlEntities(in), out) << "from '" << in << "'";
    }
    i = j;
  }
}

void ExpectAllOriginsExact(std::string_view html, const HtmlPage& page) {
  for (const SourceBlock& block : page.blocks) ExpectOriginsExact(html, block);
}

HtmlPage MustExtract(std::string_view html, const Limits& limits = Limits()) {
  StatusOr<HtmlPage> page = ExtractHtml(html, limits);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  return page.ok() ? *page : HtmlPage();
}

TEST(HtmlExtractorTest, NewsPageMatchesGolden) {
  std::string html = ReadTestdata("news_page.html");
  ASSERT_FALSE(html.empty());
  HtmlPage page = MustExtract(html);
  EXPECT_EQ(page.title, "Dockworkers end strike after overnight talks");
  EXPECT_EQ(page.date, "2024-03-05T14:20:00Z");  // article:published_time beats name=date
  EXPECT_EQ(page.dropped_deep_nodes, 0u);
  EXPECT_EQ(Describe(page), ReadTestdata("news_page.expected"));
  ExpectAllOriginsExact(html, page);
}

TEST(HtmlExtractorTest, NewsPageDropsFurniture) {
  std::string html = ReadTestdata("news_page.html");
  std::string all = Describe(MustExtract(html));
  for (const char* furniture :
       {"Harbour Ledger\n", "World", "cookies", "Accept", "Share on Facebook", "Cranes stood",
        "Advertisement", "Most read", "Ferry", "Earlier: strike", "First!", "2024 The Harbour",
        "Not article text", "trackPageView", "color:", "summary that is not"}) {
    EXPECT_EQ(all.find(furniture), std::string::npos) << furniture;
  }
}

TEST(HtmlExtractorTest, OriginsOfEntitiesWhitespaceAndMarkup) {
  std::string html =
      "<p>A&amp;B &mdash;\n\t C&nbsp;D<br>E&#8220;F&bogus;G</span>H<!-- x -->I \xC3\xA9</p>";
  HtmlPage page = MustExtract(html);
  ASSERT_EQ(page.blocks.size(), 1u);
  const SourceBlock& b = page.blocks[0];
  EXPECT_EQ(b.text,
            "A&B \xE2\x80\x94 C D E\xE2\x80\x9C"
            "F&bogus;GHI \xC3\xA9");
  ExpectOriginsExact(html, b);
  // "&amp;" -> "&": the whole reference.
  EXPECT_EQ(html.substr(b.origin[1], b.origin_end[1] - b.origin[1]), "&amp;");
  // The three bytes of the em dash all map to "&mdash;".
  for (int k = 4; k < 7; ++k) {
    EXPECT_EQ(html.substr(b.origin[k], b.origin_end[k] - b.origin[k]), "&mdash;");
  }
  // The space after it stands for the run "\n\t ".
  EXPECT_EQ(html.substr(b.origin[7], b.origin_end[7] - b.origin[7]), "\n\t ");
  // The space between D and E stands for the <br>.
  std::size_t e = b.text.find('E');
  EXPECT_EQ(html.substr(b.origin[e - 1], b.origin_end[e - 1] - b.origin[e - 1]), "<br>");
  // Raw UTF-8 maps byte for byte.
  std::size_t eacute = b.text.size() - 2;
  EXPECT_EQ(b.origin[eacute], html.size() - 6);
  EXPECT_EQ(b.origin_end[eacute + 1], html.size() - 4);
}

TEST(HtmlExtractorTest, InvalidUtf8AndControlBytes) {
  std::string html = std::string(
                         "<p>a\xFF"
                         "b\xC3(c") +
                     '\0' +
                     "d\x01"
                     "e</p>";
  HtmlPage page = MustExtract(html);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD(c d e");
  ExpectOriginsExact(html, page.blocks[0]);
}

TEST(HtmlExtractorTest, TitleFromOgTitleFirst) {
  HtmlPage page = MustExtract(
      "<head><meta property='og:title' content='  Rates &amp; Prices  '>"
      "<title>Something else | Site</title></head><body><h1>Headline</h1><p>x</p></body>");
  EXPECT_EQ(page.title, "Rates & Prices");
}

TEST(HtmlExtractorTest, TitleSuffixTrimmedOnlyWhenH1Matches) {
  EXPECT_EQ(MustExtract("<title>Floods close roads - Daily Post</title>"
                        "<h1>Floods close roads</h1><p>Text.</p>")
                .title,
            "Floods close roads");
  EXPECT_EQ(MustExtract("<title>Floods close roads - Daily Post</title><h1>Other</h1>").title,
            "Floods close roads - Daily Post");
  EXPECT_EQ(MustExtract("<title>A &amp; B | Site</title><h1>A &amp; B</h1>").title, "A & B");
}

TEST(HtmlExtractorTest, TitleFallsBackToFirstH1) {
  EXPECT_EQ(MustExtract("<body><h1> Mayor <em>resigns</em> </h1><h1>Second</h1></body>").title,
            "Mayor resigns");
  EXPECT_EQ(MustExtract("<p>No headline here.</p>").title, "");
}

TEST(HtmlExtractorTest, DatePriority) {
  EXPECT_EQ(MustExtract("<meta name='DC.date.issued' content='2023-01-02'>"
                        "<meta name='pubdate' content='2023-01-01'>")
                .date,
            "2023-01-01");
  EXPECT_EQ(MustExtract("<meta name='parsely-pub-date' content='2023-05-06T07:08:09Z'>").date,
            "2023-05-06T07:08:09Z");
  EXPECT_EQ(MustExtract("<article><p>x</p><span itemprop='datePublished'>2022-12-31</span>"
                        "<time datetime='2020-01-01'>then</time></article>")
                .date,
            "2022-12-31");
  EXPECT_EQ(MustExtract("<article><p>Body <time datetime=' 2021-07-04 '>July 4</time></p>"
                        "</article>")
                .date,
            "2021-07-04");
  // A <time> outside the main text (here in an aside) does not count.
  EXPECT_EQ(MustExtract("<aside><time datetime='2019-01-01'>x</time></aside><p>Body</p>").date, "");
}

TEST(HtmlExtractorTest, PrefersArticleHoldingMostText) {
  std::string html =
      "<body><div class='intro'><p>Site intro.</p></div>"
      "<article><h1>Story</h1><p>First paragraph of the story is long enough.</p>"
      "<p>Second paragraph of the story.</p></article><div><p>Footer-ish.</p></div></body>";
  HtmlPage page = MustExtract(html);
  EXPECT_EQ(Describe(page),
            "title\tStory\nparagraph\tFirst paragraph of the story is long enough.\n"
            "paragraph\tSecond paragraph of the story.\n");
}

TEST(HtmlExtractorTest, FallsBackToBodyWhenArticleIsSmall) {
  std::string html =
      "<body><article><p>Teaser.</p></article>"
      "<div><p>The real text lives outside any article element on this page.</p></div></body>";
  HtmlPage page = MustExtract(html);
  EXPECT_EQ(Describe(page),
            "paragraph\tTeaser.\n"
            "paragraph\tThe real text lives outside any article element on this page.\n");
}

TEST(HtmlExtractorTest, PrefersInnerCandidate) {
  std::string html =
      "<main><div class='kicker'>World</div><div itemprop='articleBody'>"
      "<p>Inner text that makes up nearly everything.</p></div></main>";
  EXPECT_EQ(Describe(MustExtract(html)),
            "paragraph\tInner text that makes up nearly everything.\n");
}

TEST(HtmlExtractorTest, KeepsFurnitureNamedWrapperHoldingTheText) {
  std::string html =
      "<body><div class='page has-sidebar'><p>Main text of the story in a wrapper whose class"
      " mentions a sidebar.</p></div><div class='sidebar'><p>Links</p></div></body>";
  EXPECT_EQ(Describe(MustExtract(html)),
            "paragraph\tMain text of the story in a wrapper whose class mentions a sidebar.\n");
}

TEST(HtmlExtractorTest, PageHeaderDroppedArticleHeaderKept) {
  std::string html =
      "<body><header><div>Site name</div><nav><a>Home</a></nav></header>"
      "<header><h1>Headline in a header</h1></header><p>Body text.</p></body>";
  EXPECT_EQ(Describe(MustExtract(html)), "title\tHeadline in a header\nparagraph\tBody text.\n");
}

TEST(HtmlExtractorTest, HintsForHeadingsAndBoilerplate) {
  std::string html =
      "<article><h1>One</h1><h1>Two</h1><h3>Sub</h3><p>Shares of Acme fell 5%.</p>"
      "<p>Share</p><p>ADVERTISEMENT</p><p>Related: other story</p><p>Follow us on Mastodon</p>"
      "<p>Read alsoX is not a prefix</p></article>";
  EXPECT_EQ(Describe(MustExtract(html)),
            "title\tOne\nheading\tTwo\nheading\tSub\nparagraph\tShares of Acme fell 5%.\n"
            "boilerplate\tShare\nboilerplate\tADVERTISEMENT\nboilerplate\tRelated: other story\n"
            "boilerplate\tFollow us on Mastodon\nparagraph\tRead alsoX is not a prefix\n");
}

TEST(HtmlExtractorTest, BlocksForListsTablesAndDivText) {
  std::string html =
      "<div>Direct text<p>Para</p>tail</div><ul><li>One<li>Two</ul>"
      "<table><tr><td>Cell A</td><td>Cell B</td></tr></table><pre>  a\n  b </pre>";
  EXPECT_EQ(Describe(MustExtract(html)),
            "paragraph\tDirect text\nparagraph\tPara\nparagraph\ttail\nparagraph\tOne\n"
            "paragraph\tTwo\nparagraph\tCell A\nparagraph\tCell B\nparagraph\ta b\n");
}

TEST(HtmlExtractorTest, HiddenElementsDropped) {
  std::string html =
      "<p>Seen</p><p hidden>Unseen</p><p style='display: none'>Unseen</p>"
      "<span class='sr-only'>Unseen</span><p>Also seen</p>";
  EXPECT_EQ(Describe(MustExtract(html)), "paragraph\tSeen\nparagraph\tAlso seen\n");
}

TEST(HtmlExtractorTest, HostileInputs) {
  const std::string inputs[] = {
      "",
      "<",
      "&",
      "&#",
      "<p",
      "<p>unclosed <b>bold <i>italic <div>block",
      "</p></div></body></html>",
      "<!--",
      "<script>never closed",
      "<title>never closed",
      std::string("\0\0\0<p>\0x\0</p>", 13),
      "\xFF\xFE\xFD<p>\xC0\x80\xED\xA0\x80\xF4\x90\x80\x80</p>",
      "<table><td>a<table><td>b</table>c",
      "<svg><p>breakout</p></svg><math><mi>x</math>",
      "<p>&#0;&#xD800;&#x110000;&#99999999999999;</p>",
      "<a href='<p>'>x</a><p a=\"'>\">y</p>",
      "<frameset><frame></frameset><p>after</p>",
      "<plaintext><p>all text</p>",
  };
  for (const std::string& html : inputs) {
    StatusOr<HtmlPage> page = ExtractHtml(html, Limits());
    ASSERT_TRUE(page.ok()) << page.status().ToString() << " for " << html;
    ExpectAllOriginsExact(html, *page);
  }
  EXPECT_TRUE(MustExtract("").blocks.empty());
  EXPECT_EQ(Describe(MustExtract("<p>&#0;</p>")), "paragraph\t\xEF\xBF\xBD\n");
}

TEST(HtmlExtractorTest, RandomBytesDoNotCrash) {
  uint32_t state = 12345;
  for (int doc = 0; doc < 200; ++doc) {
    std::string html;
    std::size_t len = 1 + (state % 2000);
    for (std::size_t i = 0; i < len; ++i) {
      state = state * 1103515245u + 12345u;
      const char kAlphabet[] = "<>/&;#xp b=\"'!-\0\xC3\xA9\xFF a";
      html.push_back(kAlphabet[(state >> 16) % (sizeof(kAlphabet) - 1)]);
    }
    StatusOr<HtmlPage> page = ExtractHtml(html, Limits());
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    ExpectAllOriginsExact(html, *page);
  }
}

TEST(HtmlExtractorTest, RejectsPagesOverTheSizeLimit) {
  Limits limits;
  limits.max_article_bytes = 10;
  StatusOr<HtmlPage> page = ExtractHtml("<p>eleven b</p>", limits);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
}

std::string Nested(std::size_t n, std::string_view open, std::string_view inner,
                   std::string_view close) {
  std::string html;
  for (std::size_t i = 0; i < n; ++i) html += open;
  html += inner;
  for (std::size_t i = 0; i < n; ++i) html += close;
  return html;
}

TEST(HtmlExtractorTest, RejectsDeepNestingQuickly) {
  auto start = std::chrono::steady_clock::now();
  StatusOr<HtmlPage> page = ExtractHtml(Nested(100000, "<div>", "deep", ""), Limits());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(page.status().message(), "HTML nested deeper than 1024 elements");
  EXPECT_LT(seconds, 1.0);
  // Closed or not, and however spelled.
  EXPECT_FALSE(ExtractHtml(Nested(5000, "<DIV class=x>", "", "</DIV>"), Limits()).ok());
  EXPECT_FALSE(ExtractHtml(Nested(5000, "<span><div>", "", "</span>"), Limits()).ok());
  EXPECT_FALSE(ExtractHtml(Nested(5000, "<div/>", "", ""), Limits()).ok());
  EXPECT_FALSE(ExtractHtml(Nested(5000, "<ul><li>", "", ""), Limits()).ok());
}

TEST(HtmlExtractorTest, ModerateNestingWorks) {
  std::string html = Nested(200, "<div>", "<p>Deep text</p>", "</div>");
  HtmlPage page = MustExtract(html);
  EXPECT_EQ(Describe(page), "paragraph\tDeep text\n");
  EXPECT_EQ(page.dropped_deep_nodes, 0u);
  ExpectAllOriginsExact(html, page);
  // Thousands of unclosed paragraphs and list items do not nest.
  EXPECT_TRUE(ExtractHtml(Nested(5000, "<p>para", "", ""), Limits()).ok());
  EXPECT_TRUE(ExtractHtml("<ul>" + Nested(5000, "<li>item", "", ""), Limits()).ok());
}

TEST(HtmlExtractorTest, CountsNodesBeyondMaxDepth) {
  Limits limits;
  limits.max_html_depth = 50;
  HtmlPage page =
      MustExtract("<p>Shallow</p>" + Nested(100, "<div>", "<p>Too deep</p>", "</div>"), limits);
  EXPECT_EQ(Describe(page), "paragraph\tShallow\n");
  // <html> and <body> are depths 1 and 2, so divs 49..100, the <p> and its text are cut.
  EXPECT_EQ(page.dropped_deep_nodes, 54u);
}

TEST(HtmlExtractorTest, RejectsFormattingAmplification) {
  // 300 open formatting elements, closed by </div>, are re-created for every text run.
  std::string html = "<div>";
  for (int i = 0; i < 300; ++i) html += "<b id=" + std::to_string(i) + ">";
  html += "</div>";
  for (int i = 0; i < 3000; ++i) html += "<p>x</p>";
  StatusOr<HtmlPage> page = ExtractHtml(html, Limits());
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(page.status().message().find("expands to more than"), std::string::npos);
}

TEST(HtmlExtractorTest, RejectsConstructThatCrashesGumbo) {
  // gumbo 0.10.1 aborts on this (assertion in node_qualified_tag_is).
  StatusOr<HtmlPage> page =
      ExtractHtml("<table> <svg><select><foreignObject> <select> <table> ", Limits());
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace dyad
