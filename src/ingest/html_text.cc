#include "ingest/html_text.h"

#include <cstring>
#include <utility>

#include "ingest/html_entities.h"

namespace dyad {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid or cut off.
std::size_t Utf8Length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return n;
}

// Code points read as white space: NBSP, the U+2000 spaces, line/paragraph separators,
// narrow NBSP, ideographic space, and the byte order mark.
bool IsUnicodeSpace(std::string_view s) {
  return s == "\xC2\xA0" || s == "\xEF\xBB\xBF" || s == "\xE3\x80\x80" ||
         (s.size() == 3 && s[0] == '\xE2' &&
          ((s[1] == '\x80' && (static_cast<unsigned char>(s[2]) <= 0x8A || s[2] == '\xA8' ||
                               s[2] == '\xA9' || s[2] == '\xAF')) ||
           (s[1] == '\x81' && s[2] == '\x9F')));
}

// Offset just past markup at html[i] that gumbo left inside a text node's span (an ignored
// end tag, a comment), not beyond `end`.
std::size_t SkipMarkup(std::string_view html, std::size_t i, std::size_t end) {
  std::string_view span = html.substr(0, end);
  std::size_t close = span.compare(i, 4, "<!--") == 0 ? span.find("-->", i + 4) : span.find('>', i);
  if (close == std::string_view::npos) return end;
  return close + (span[close] == '>' ? 1 : 3);
}

}  // namespace

void SpanTextBuilder::Whitespace(uint32_t begin, uint32_t end) {
  if (text_.empty()) return;  // leading space is dropped
  if (!space_pending_) {
    space_pending_ = true;
    space_begin_ = begin;
    space_end_ = end;
  } else if (begin == space_end_) {
    space_end_ = end;  // the same run continues
  }
}

void SpanTextBuilder::Append(std::string_view bytes, uint32_t begin, uint32_t end, bool per_byte) {
  if (space_pending_) {
    Push(' ', space_begin_, space_end_);
    space_pending_ = false;
  }
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    uint32_t b = per_byte ? begin + static_cast<uint32_t>(k) : begin;
    Push(bytes[k], b, per_byte ? b + 1 : end);
  }
}

SourceBlock SpanTextBuilder::Take(BlockHint hint) {
  SourceBlock block;
  block.text = std::move(text_);
  block.origin = std::move(origin_);
  block.origin_end = std::move(origin_end_);
  block.hint = hint;
  *this = SpanTextBuilder();
  return block;
}

void SpanTextBuilder::Push(char c, uint32_t begin, uint32_t end) {
  text_.push_back(c);
  origin_.push_back(begin);
  origin_end_.push_back(end);
}

void DecodeHtmlText(std::string_view html, std::size_t begin, std::size_t end, bool markup_possible,
                    SpanTextBuilder* out) {
  std::string_view span = html.substr(0, end);  // character references stop at the node's end
  std::string decoded;
  auto u32 = [](std::size_t v) { return static_cast<uint32_t>(v); };
  std::size_t i = begin;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(html[i]);
    std::size_t consumed = 0;
    decoded.clear();
    if (c == '&' && DecodeHtmlEntity(span, i, &decoded, &consumed)) {
      if (decoded == " " || IsUnicodeSpace(decoded)) {
        out->Whitespace(u32(i), u32(i + consumed));
      } else {
        out->Append(decoded, u32(i), u32(i + consumed), false);
      }
      i += consumed;
    } else if (c == '<' && markup_possible && i + 1 < end &&
               (IsAsciiAlpha(html[i + 1]) || std::strchr("/!?", html[i + 1]) != nullptr)) {
      i = SkipMarkup(html, i, end);
    } else if (c <= 0x20 || c == 0x7F) {  // white space, and control bytes read as such
      std::size_t j = i + 1;
      while (j < end && (static_cast<unsigned char>(html[j]) <= 0x20 || html[j] == 0x7F)) ++j;
      out->Whitespace(u32(i), u32(j));
      i = j;
    } else if (c < 0x80) {
      out->Append(html.substr(i, 1), u32(i), u32(i + 1), true);
      ++i;
    } else {
      std::size_t n = Utf8Length(span, i);
      if (n == 0) {
        out->Append("\xEF\xBF\xBD", u32(i), u32(i + 1), false);  // U+FFFD for a bad byte
        n = 1;
      } else if (IsUnicodeSpace(html.substr(i, n))) {
        out->Whitespace(u32(i), u32(i + n));
      } else {
        out->Append(html.substr(i, n), u32(i), u32(i + n), true);
      }
      i += n;
    }
  }
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = static_cast<unsigned char>(c) <= 0x20;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace dyad
