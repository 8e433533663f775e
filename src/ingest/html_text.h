// Decoding the text of an HTML page into block text that keeps, for every output byte, the
// span of page bytes that produced it (see SourceBlock). Used by the HTML extractor.
#ifndef DYAD_INGEST_HTML_TEXT_H_
#define DYAD_INGEST_HTML_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"

namespace dyad {

// Accumulates one block's text with its source spans. White space runs become one space
// mapped to the run (to its first contiguous stretch when a run spans several calls);
// leading and trailing white space is dropped. Not thread-safe.
class SpanTextBuilder {
 public:
  bool empty() const { return text_.empty(); }

  // Notes white space that came from bytes [begin, end).
  void Whitespace(uint32_t begin, uint32_t end);
  // Appends `bytes`: each mapped to its own byte (begin + k) when `per_byte` (copied input),
  // else all to [begin, end) (a decoded reference, a replacement character).
  void Append(std::string_view bytes, uint32_t begin, uint32_t end, bool per_byte);
  // Returns the block built so far with `hint`, and starts a new one.
  SourceBlock Take(BlockHint hint);

 private:
  void Push(char c, uint32_t begin, uint32_t end);

  std::string text_;
  std::vector<uint32_t> origin_, origin_end_;
  bool space_pending_ = false;
  uint32_t space_begin_ = 0, space_end_ = 0;
};

// Decodes html[begin, end), the source of one text node, into `out`: character references
// are decoded (DecodeHtmlEntity; unknown ones stay literal and never reach past `end`),
// ASCII white space, control bytes and Unicode spaces (NBSP, U+2000-U+200A, U+2028/9,
// U+202F, U+205F, U+3000, the BOM) are white space, invalid UTF-8 bytes become U+FFFD. When
// `markup_possible`, markup the parser skipped inside the span (an ignored end tag, a
// comment) is passed over; set it false for raw text (<title>, <xmp>), where '<' is text.
// Requires begin <= end <= html.size() < 4 GiB.
void DecodeHtmlText(std::string_view html, std::size_t begin, std::size_t end, bool markup_possible,
                    SpanTextBuilder* out);

// Returns `text` with runs of ASCII white space and control bytes collapsed to one space,
// trimmed.
std::string CollapseWhitespace(std::string_view text);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_TEXT_H_
