// Tokenizer for news text: words, numbers, punctuation, with byte offsets into clean text.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/mapped_text.h"
#include "text/token.h"

namespace dyad {

// Appends the tokens of text[begin, end) to `tokens`, with offsets into `text`.
// Conventions (close to the Penn Treebank's, so later stages see familiar units):
//  - hyphenated compounds stay one token, flagged kHyphenated: "Iran-backed", "anti-ISIS",
//    "U.S.-led"; HyphenParts() gives their parts;
//  - possessives and contractions split off as kClitic tokens: "Israel" "'s", "did" "n't",
//    "Houthis" "'";
//  - numbers keep thousands separators and decimals: "2,500", "3.5", "1990s";
//  - abbreviations keep their period: "U.S.", "Mr.", "Jan.", initials "F." (kInitial);
//    other periods are punctuation tokens, as are "..." and "…";
//  - URLs and e-mail addresses are single kUrl tokens.
// `text` must be valid UTF-8 (as the cleaner guarantees). Never fails.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* tokens);

// The parts of a hyphenated token, as spans of clean text ("US-led" -> "US", "led").
// A token without hyphens has one part, itself.
std::vector<Span> HyphenParts(std::string_view text, const Token& token);

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
