// UTF-8 decoding and encoding helpers, strict about what they accept.
#ifndef DYAD_BASE_UTF8_H_
#define DYAD_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the character starting at text[pos]. On success returns its code point and sets
// `*length` to its byte count (1–4). On an invalid sequence (stray continuation byte,
// overlong form, surrogate, value above U+10FFFF, truncated sequence) returns
// kReplacementChar with `*length` = 1 and `*valid` = false. `pos` must be < text.size().
char32_t DecodeUtf8Slow(std::string_view text, std::size_t pos, std::size_t* length, bool* valid);
inline char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t* length,
                           bool* valid) {
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    *length = 1;
    *valid = true;
    return b;
  }
  return DecodeUtf8Slow(text, pos, length, valid);
}

// The first code point of `text`, or 0 when it is empty.
inline char32_t FirstCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  std::size_t length = 0;
  bool valid = false;
  return DecodeUtf8(text, 0, &length, &valid);
}

// Appends the UTF-8 encoding of `cp`; NUL, surrogates and values above U+10FFFF become
// U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// Number of bytes AppendUtf8 writes for `cp`.
std::size_t Utf8Length(char32_t cp);

namespace internal {
bool IsLetterSlow(char32_t cp);
bool IsDigitSlow(char32_t cp);
bool IsMarkSlow(char32_t cp);
bool IsUpperSlow(char32_t cp);
bool IsLowerSlow(char32_t cp);
}  // namespace internal

// True for ASCII letters and for non-ASCII code points in a Unicode letter category.
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return internal::IsLetterSlow(cp);
}
// True for Unicode decimal digits (Nd).
inline bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return internal::IsDigitSlow(cp);
}
// True for combining marks (Mn, Mc, Me).
inline bool IsMark(char32_t cp) { return cp >= 0x300 && internal::IsMarkSlow(cp); }
// True for uppercase letters (Lu, Lt).
inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return internal::IsUpperSlow(cp);
}
// True for lowercase letters (Ll).
inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return internal::IsLowerSlow(cp);
}

}  // namespace dyad

#endif  // DYAD_BASE_UTF8_H_
