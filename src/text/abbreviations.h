// The abbreviations news text uses, and how each behaves at a sentence end.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace dyad {

enum class AbbreviationKind {
  kNone,      // not a known abbreviation
  kTitle,     // precedes a name or number and never ends a sentence: Mr. Gen. Lt. St. No. Jan.
  kOrdinary,  // may end a sentence: Inc. Corp. etc. a.m. Calif.
};

// Classifies `word` written without its final period ("Gen" for "Gen."), accepting the
// all-caps forms wire text uses ("GEN"). Most abbreviations must be capitalised ("Miss." is,
// "miss." is not); a few are lowercase by nature ("vs.", "etc."). Reference words ("No.",
// "Art.", "Vol.") count only when `followed_by_digit`. Acronyms with internal periods
// ("U.S", "a.m") are recognised by the tokenizer's shape rule, not by this list.
AbbreviationKind ClassifyAbbreviation(std::string_view word, bool followed_by_digit);

// True for capitalised words that commonly open a sentence ("The", "He", "But", "In"),
// compared case-insensitively. Used to decide whether "U.S. The" ends a sentence.
bool IsSentenceStarter(std::string_view word);

}  // namespace dyad

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
