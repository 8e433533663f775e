// Token: a word, number or punctuation mark, as a byte range of clean text.
#ifndef DYAD_TEXT_TOKEN_H_
#define DYAD_TEXT_TOKEN_H_

#include <cstdint>
#include <string_view>

namespace dyad {

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with digits, hyphens, internal apostrophes or periods (U.S.)
  kNumber,  // starts with a digit: 2,500  3.5  1990s  10th
  kPunct,   // punctuation: . , ; : ! ? … " ( ) — and the like
  kSymbol,  // currency and other symbols: $ € % & @ #
  kUrl,     // a web address or e-mail address
};

// "word", "number", "punct", "symbol", "url".
std::string_view TokenKindName(TokenKind kind);

// Bit flags describing a token.
enum TokenFlag : uint8_t {
  kSpaceBefore = 1 << 0,   // whitespace (or a paragraph start) precedes the token
  kHyphenated = 1 << 1,    // a compound joined by hyphens: Iran-backed, anti-ISIS, US-led
  kAbbreviation = 1 << 2,  // ends in a period that belongs to the word: Mr. U.S. Jan.
  kClitic = 1 << 3,        // a split-off possessive or contraction: 's ' n't 're
  kInitial = 1 << 4,       // a single capital letter and period: F.
};

struct Token {
  uint32_t begin = 0;  // in clean text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;

  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
};

}  // namespace dyad

#endif  // DYAD_TEXT_TOKEN_H_
