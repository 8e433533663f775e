// UTF-8 decoding and encoding helpers, strict about what they accept.
#ifndef DYAD_TEXT_UTF8_H_
#define DYAD_TEXT_UTF8_H_

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
char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t* length, bool* valid);

// Appends the UTF-8 encoding of `cp` (which must be a Unicode scalar value).
void AppendUtf8(char32_t cp, std::string* out);

// Number of bytes AppendUtf8 writes for `cp`.
std::size_t Utf8Length(char32_t cp);

// True for ASCII letters and for non-ASCII code points in a Unicode letter category.
bool IsLetter(char32_t cp);
// True for Unicode decimal digits (Nd).
bool IsDigit(char32_t cp);
// True for combining marks (Mn, Mc, Me).
bool IsMark(char32_t cp);
// True for uppercase letters (Lu, Lt).
bool IsUpper(char32_t cp);
// True for lowercase letters (Ll).
bool IsLower(char32_t cp);

}  // namespace dyad

#endif  // DYAD_TEXT_UTF8_H_
