// Sentence splitter for news paragraphs, working over tokens.
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyad {

// A sentence as a token range [first, last) of the token vector.
struct SentenceBounds {
  uint32_t first = 0;
  uint32_t last = 0;
  bool dateline = false;  // a wire dateline ("BAGHDAD, Jan 25 (Reuters) -"), not a sentence
  bool forced = false;    // cut because it reached the token limit, not at punctuation
};

// Returns the token index just past a dateline opening tokens[first, last) — an all-caps
// place, optional region, date and agency, then a dash or colon — or `first` when the
// paragraph has none.
uint32_t FindDateline(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                      uint32_t last);

// Appends the sentences of one paragraph, tokens[first, last) of `text`, to `out`.
// Boundaries fall after . ! ? … (and closing quotes or brackets that follow them) when
// the next token can start a sentence; abbreviations end a sentence only before a typical
// sentence opener ("U.S. The …"), titles (Mr., Gen., Jan., No.) and initials before names
// never do. A leading dateline becomes its own range. No sentence exceeds `max_tokens`.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t last, std::size_t max_tokens, std::vector<SentenceBounds>* out);

}  // namespace dyad

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
