// A linear-time estimate of how deeply an HTML5 tree builder will nest a page's elements, so
// that pages which would make gumbo slow (its tree building is quadratic in nesting depth) or
// deeply recursive (its tree destruction recurses per level) are refused before parsing.
#ifndef DYAD_INGEST_HTML_NESTING_H_
#define DYAD_INGEST_HTML_NESTING_H_

#include <cstddef>
#include <string_view>

namespace dyad {

struct NestingEstimate {
  std::size_t max_depth = 0;  // deepest element nesting, counting the implied <html> and <body>
  std::size_t elements = 0;   // elements the tree builder creates, implied and cloned ones too
  bool stopped = false;       // the scan stopped early because a bound was exceeded
  // The page holds a construct that makes gumbo 0.10.1 fail an assertion and abort: a
  // <select> start tag while an <svg> or <math> element is open (with a table around it,
  // "reset the insertion mode" mistakes the SVG element named "select" for an HTML one and
  // pops past <html>). Never valid markup; such pages must not reach gumbo.
  bool gumbo_hazard = false;
};

// Estimates the nesting depth and element count the HTML5 parsing algorithm produces for
// `html`. Stops as soon as the depth exceeds `stop_depth` or the element count exceeds
// `stop_elements`, with `stopped` set.
//
// The scan follows the tokenizer (comments, quoted attribute values, raw-text elements such
// as <script> and <textarea>) and the tree-construction rules that change depth: void
// elements, implied end tags (<p>, <li>, <td>...), end tags ignored when out of scope,
// SVG/MathML content where "/>" closes an element, and the reconstruction of formatting
// elements (<b>, <i>...) left open across block boundaries, which can clone many elements
// per byte of input. It is an estimate, not a parser: it aims never to fall far below the
// real depth (tests compare it with gumbo on random tag soup) and may exceed it on unusual
// markup. O(html.size() * depth) time in the worst case, O(html.size()) on ordinary pages;
// O(depth) memory. Thread-safe.
NestingEstimate EstimateHtmlNesting(std::string_view html, std::size_t stop_depth,
                                    std::size_t stop_elements);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_NESTING_H_
