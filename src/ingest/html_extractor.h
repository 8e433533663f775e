// ExtractHtml: turns one HTML page into its headline, publication date and body text blocks,
// each output byte mapped back to the bytes of the page that produced it.
#ifndef DYAD_INGEST_HTML_EXTRACTOR_H_
#define DYAD_INGEST_HTML_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "base/status.h"
#include "ingest/article.h"

namespace dyad {

// What ExtractHtml finds in a page.
struct HtmlPage {
  // The headline: <meta property="og:title">, else <title> (with a " | Site" or " - Site"
  // suffix dropped when an <h1> equals the part before it), else the first <h1>. Whitespace
  // collapsed; may be empty.
  std::string title;
  // The publication date as the page writes it (ISO 8601 in practice), from the first of:
  // <meta property="article:published_time">; <meta name=...> date, pubdate, publishdate,
  // dc.date, dc.date.issued, sailthru.date, parsely-pub-date; an element with
  // itemprop="datePublished"; a <time datetime> inside the main text. Empty when none.
  std::string date;
  // The main text, one block per block-level element (p, h1-h6, li, blockquote, pre, td,
  // a div's own text...), in document order. origin/origin_end are byte offsets into the
  // `html` passed to ExtractHtml. Hints: kTitle for the first <h1> of the main text,
  // kHeading for other headings, kBoilerplate for text that reads as page furniture
  // ("Read also: ...", "Advertisement"), kParagraph otherwise.
  std::vector<SourceBlock> blocks;
  // Element and text nodes nested deeper than Limits::max_html_depth, which were skipped.
  std::size_t dropped_deep_nodes = 0;
};

// Extracts the headline, date and main text of `html` (UTF-8; invalid bytes become U+FFFD).
//
// The main text is the <article> (or [itemprop=articleBody], <main>, [role=main]) holding
// at least half of the page's paragraph text, else the whole <body>. Page furniture is
// dropped: script, style, nav, aside, footer, forms, figure captions, a page-level
// <header>, and elements whose class or id names navigation, sharing, related links,
// newsletters, ads, cookies, comments and the like. Text is whitespace-collapsed and
// character references are decoded (see DecodeHtmlEntity); a decoded reference maps to its
// whole "&...;" span, a collapsed whitespace run to the run (or the tag, for <br>).
//
// Fails with kResourceExhausted when html.size() exceeds limits.max_article_bytes or 4 GiB,
// or when a pre-scan estimates nesting deeper than max(4 * max_html_depth, 1024) elements or
// more than html.size() / 2 + 65536 elements (see EstimateHtmlNesting); such pages would
// make the parser slow or deeply recursive. Never throws. Thread-safe.
StatusOr<HtmlPage> ExtractHtml(std::string_view html, const Limits& limits);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_EXTRACTOR_H_
