// Limits: every bound dyad puts on untrusted input, in one place, with documented defaults.
// The CLI exposes each field as a --max-* flag; docs/limits.md lists them.
#ifndef DYAD_BASE_LIMITS_H_
#define DYAD_BASE_LIMITS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

struct Limits {
  // Largest article accepted, in bytes of input (a text or HTML file, a JSONL text field,
  // a WARC HTTP payload). Larger articles are rejected, not truncated.
  std::size_t max_article_bytes = 8u << 20;  // 8 MiB
  // Longest line a line-oriented reader (JSONL, WARC headers) keeps in memory. A longer line is
  // skipped to its end with bounded memory and reported as one rejection.
  std::size_t max_line_bytes = 16u << 20;  // 16 MiB
  // Largest file read whole (text and HTML files), after decompression.
  std::size_t max_file_bytes = 64u << 20;  // 64 MiB
  // Largest WARC record block; larger records are skipped and reported.
  std::size_t max_warc_record_bytes = 64u << 20;  // 64 MiB
  // Deepest HTML element nesting walked; deeper content is dropped and counted.
  std::size_t max_html_depth = 256;
  // Most tokens in one sentence; a longer run is cut into pieces of this size.
  std::size_t max_sentence_tokens = 256;
  // Most sentences kept per article; the rest are dropped and counted.
  std::size_t max_sentences_per_article = 20000;
};

// One named, documented limit, for the CLI and the docs.
struct LimitInfo {
  std::string_view flag;         // e.g. "max-article-bytes"
  std::string_view description;  // one line
  std::size_t Limits::*field;
};

// All limits, in a stable order.
const std::vector<LimitInfo>& AllLimits();

// Sets the limit called `flag` (as in LimitInfo::flag) from `value`, which may carry a
// K/M/G suffix (powers of 1024). Fails on an unknown name, a malformed or zero value.
Status SetLimit(Limits& limits, std::string_view flag, std::string_view value);

// Parses "123", "64K", "16M", "1G" into a count. Fails on anything else or on overflow.
StatusOr<std::size_t> ParseSize(std::string_view text);

}  // namespace dyad

#endif  // DYAD_BASE_LIMITS_H_
