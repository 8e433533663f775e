#include "base/limits.h"

#include <limits>

namespace dyad {

const std::vector<LimitInfo>& AllLimits() {
  static const std::vector<LimitInfo> kLimits = {
      {"max-article-bytes", "largest article accepted, in bytes", &Limits::max_article_bytes},
      {"max-line-bytes", "longest input line kept in memory", &Limits::max_line_bytes},
      {"max-file-bytes", "largest text/HTML file read whole", &Limits::max_file_bytes},
      {"max-warc-record-bytes", "largest WARC record block", &Limits::max_warc_record_bytes},
      {"max-html-depth", "deepest HTML nesting walked", &Limits::max_html_depth},
      {"max-sentence-tokens", "most tokens in one sentence", &Limits::max_sentence_tokens},
      {"max-sentences-per-article", "most sentences kept per article",
       &Limits::max_sentences_per_article},
  };
  return kLimits;
}

StatusOr<std::size_t> ParseSize(std::string_view text) {
  if (text.empty()) return InvalidArgumentError("empty size");
  std::size_t multiplier = 1;
  char last = text.back();
  if (last == 'k' || last == 'K') multiplier = std::size_t{1} << 10;
  if (last == 'm' || last == 'M') multiplier = std::size_t{1} << 20;
  if (last == 'g' || last == 'G') multiplier = std::size_t{1} << 30;
  if (multiplier != 1) text.remove_suffix(1);
  if (text.empty()) return InvalidArgumentError("size has no digits");
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return InvalidArgumentError("not a size: '" + std::string(text) + "'");
    if (value > (std::numeric_limits<std::size_t>::max() - 9) / 10) {
      return InvalidArgumentError("size too large");
    }
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (value > std::numeric_limits<std::size_t>::max() / multiplier) {
    return InvalidArgumentError("size too large");
  }
  return value * multiplier;
}

Status SetLimit(Limits& limits, std::string_view flag, std::string_view value) {
  for (const LimitInfo& info : AllLimits()) {
    if (info.flag != flag) continue;
    StatusOr<std::size_t> size = ParseSize(value);
    if (!size.ok())
      return InvalidArgumentError("--" + std::string(flag) + ": " + size.status().message());
    if (*size == 0) return InvalidArgumentError("--" + std::string(flag) + " must be positive");
    limits.*(info.field) = *size;
    return OkStatus();
  }
  return InvalidArgumentError("unknown limit '" + std::string(flag) + "'");
}

}  // namespace dyad
